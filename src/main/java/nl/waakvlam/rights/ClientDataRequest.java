package nl.waakvlam.rights;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientDataExport;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.ClientRecords;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.shared.SpreadsheetCsv;
import nl.waakvlam.shared.web.PdfDocuments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The client's data on request (AVG articles 15 and 20): one ZIP with a readable PDF of the whole
 * file and the same records as spreadsheets, one CSV file per record type (as Dutch Excel opens it,
 * in the same words as the PDF).
 * Every module that holds client data contributes its records through {@link ClientDataExport}.
 * Only the project leader, with a reason that the audit trail keeps (an export). The ZIP is written
 * straight to the response, entry by entry; nothing holds the whole archive.
 */
@Service
public class ClientDataRequest {

    static final String PDF_NAME = "dossier.pdf";

    private final ClientGate gate;
    private final ObjectProvider<ClientDataExport> exports;
    private final PdfDocuments pdfs;
    private final MessageSource messages;
    private final Clock clock;

    ClientDataRequest(ClientGate gate, ObjectProvider<ClientDataExport> exports, PdfDocuments pdfs,
                      MessageSource messages, Clock clock) {
        this.gate = gate;
        this.exports = exports;
        this.pdfs = pdfs;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where the ZIP goes: opened (headers set) only once the request has passed the gate. */
    public interface Target {
        OutputStream open(String fileName) throws IOException;
    }

    /** The client's name for the form, audited as a view. */
    @Transactional
    ClientHeader client(CurrentUser user, Long clientId) {
        return gate.open(user, clientId, EnumSet.of(ClientAccess.METADATA), AuditAction.VIEW, "client", clientId);
    }

    @Transactional
    void export(CurrentUser user, Long clientId, String reason, Locale locale, Target target) throws IOException {
        ClientHeader client = gate.openWithReason(user, clientId, EnumSet.of(ClientAccess.METADATA),
                AuditAction.EXPORT, "client_data", null, reason.strip());
        List<ClientRecords> records = exports.stream().sorted(Comparator.comparingInt(ClientDataExport::order))
                .flatMap(export -> export.records(clientId).stream()).toList();
        write(client, clientId, records, locale, target);
    }

    /** Record sets that are about other people (who called, their number): not in the client's own download. */
    static final Set<String> NOT_FOR_THE_CLIENT = Set.of("callback_requests");
    /** The coach's working tools and notes, never on the client's own pages: not in the client's download. */
    static final Set<String> WORKING_COLUMNS = Set.of("private_note", "follow_up_action", "follow_up_due",
            "follow_up_done_at", "delete_reason", "significant_decision", "incident", "note");

    /**
     * The client's own download from Mijn Waakvlam: the same ZIP in the same words, without what the
     * client's pages never show (working notes and the coach's working tools, drafts not shared,
     * notes about callers). Only for the client's own account, about their own file.
     */
    @Transactional
    public void exportForTheClient(CurrentUser user, Locale locale, Target target) throws IOException {
        ClientHeader client = gate.openOwn(user, AuditAction.EXPORT, "client_data");
        Long clientId = client.id();
        List<ClientRecords> records = exports.stream().sorted(Comparator.comparingInt(ClientDataExport::order))
                .flatMap(export -> export.records(clientId).stream())
                .filter(set -> !NOT_FOR_THE_CLIENT.contains(set.name()))
                .map(ClientDataRequest::withoutWorkingColumns).toList();
        write(client, clientId, records, locale, target);
    }

    private static ClientRecords withoutWorkingColumns(ClientRecords set) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < set.columns().size(); i++) {
            if (!WORKING_COLUMNS.contains(set.columns().get(i))) {
                kept.add(i);
            }
        }
        int status = set.columns().indexOf("status");
        List<List<Object>> rows = set.rows().stream()
                // a report not shared yet is the coach's draft
                .filter(row -> !"reports".equals(set.name()) || status < 0 || !"DRAFT".equals(row.get(status)))
                .map(row -> kept.stream().map(row::get).toList()).toList();
        return new ClientRecords(set.name(), kept.stream().map(set.columns()::get).toList(), rows,
                set.valueLabels());
    }

    private void write(ClientHeader client, Long clientId, List<ClientRecords> records, Locale locale, Target target)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        ZipOutputStream zip = new ZipOutputStream(target.open("gegevens-client-" + clientId + "-" + today + ".zip"),
                StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(PDF_NAME));
        pdfs.render("rights/client-data-pdf", locale, Map.of("client", client, "madeOn", today,
                "sections", sections(records, locale)), new KeptOpen(zip));
        zip.closeEntry();
        for (ClientRecords set : records) {
            zip.putNextEntry(new ZipEntry(set.name() + ".csv"));
            writeCsv(set, zip, locale);
            zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(readMeName(locale)));
        Writer readMe = new OutputStreamWriter(new KeptOpen(zip), StandardCharsets.UTF_8);
        readMe.write(readMe(records, locale));
        readMe.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /**
     * One record type as a spreadsheet: the same words as the PDF (column labels, codes in words,
     * yes and no), dates and times as values a spreadsheet can sort.
     */
    private void writeCsv(ClientRecords set, OutputStream out, Locale locale) {
        SpreadsheetCsv csv = SpreadsheetCsv.to(new KeptOpen(out));
        csv.row(set.columns().stream().map(column -> label(column, locale)).toList());
        for (List<Object> row : set.rows()) {
            List<Object> values = new ArrayList<>(row.size());
            for (int i = 0; i < set.columns().size(); i++) {
                Object value = row.get(i);
                values.add(value instanceof LocalDate || value instanceof Instant || value instanceof Number ? value
                        : humanText(value, set.valueLabels().get(set.columns().get(i)), locale));
            }
            csv.row(values);
        }
        csv.flush();
    }

    /** One record type as the PDF shows it: a heading and, per record, its filled-in fields. */
    record Section(String title, List<List<Field>> records) {
    }

    record Field(String label, String text) {
    }

    private List<Section> sections(List<ClientRecords> records, Locale locale) {
        List<Section> sections = new ArrayList<>();
        for (ClientRecords set : records) {
            List<List<Field>> rows = new ArrayList<>();
            for (List<Object> row : set.rows()) {
                List<Field> fields = new ArrayList<>();
                for (int i = 0; i < set.columns().size(); i++) {
                    String column = set.columns().get(i);
                    String text = humanText(row.get(i), set.valueLabels().get(column), locale);
                    if (text != null && !text.isBlank()) {
                        fields.add(new Field(label(column, locale), text));
                    }
                }
                rows.add(fields);
            }
            sections.add(new Section(messages.getMessage("clientData.records." + set.name(), null, set.name(),
                    locale), rows));
        }
        return sections;
    }

    private String label(String column, Locale locale) {
        return messages.getMessage("clientData.column." + column, null, column.replace('_', ' '), locale);
    }

    /** Values as a person reads them: dates as on the pages, codes in words, yes and no. */
    private String humanText(Object value, String labelPrefix, Locale locale) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
        }
        if (value instanceof LocalDate || value instanceof Instant) {
            return value instanceof LocalDate ? Dates.date(value, locale) : Dates.dateTime(value, locale);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> humanText(element, labelPrefix, locale))
                    .collect(Collectors.joining(", "));
        }
        String text = value.toString();
        return labelPrefix == null ? text : messages.getMessage(labelPrefix + text, null, text, locale);
    }

    private String readMeName(Locale locale) {
        return messages.getMessage("clientData.readMeFile", null, locale);
    }

    private String readMe(List<ClientRecords> records, Locale locale) {
        StringBuilder text = new StringBuilder(messages.getMessage("clientData.readMe", new Object[]{PDF_NAME},
                locale)).append("\n\n");
        for (ClientRecords set : records) {
            text.append(set.name()).append(".csv: ")
                    .append(messages.getMessage("clientData.records." + set.name(), null, set.name(), locale))
                    .append(" (").append(set.rows().size()).append(")\n");
        }
        return text.toString();
    }

    /** Lets a writer or the PDF renderer close what it thinks is its stream without closing the ZIP. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
