package nl.waakvlam.rights;

import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.shared.web.PdfDocuments;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who accessed a client's file (NEN 7513): every allowed view, change, export, print and access for
 * need in a period, from the audit trail, with the person's name and role. For the client's coaches
 * and the project leader; producing it is itself audited (a view for the page, an export for the PDF).
 */
@Service
@Transactional
class AccessOverview {

    static final int PAGE_SIZE = 25;

    /** The printed overview stops here; a longer list asks for a shorter period. */
    static final int PDF_LIMIT = 5000;

    static final Set<ClientAccess> READERS = EnumSet.of(ClientAccess.FULL, ClientAccess.COVER, ClientAccess.METADATA);

    private final ClientGate gate;
    private final AuditLog auditLog;
    private final PdfDocuments pdfs;
    private final Clock clock;

    AccessOverview(ClientGate gate, AuditLog auditLog, PdfDocuments pdfs, Clock clock) {
        this.gate = gate;
        this.auditLog = auditLog;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /** One page of the overview; {@code accesses} is null when the period could not be read. */
    record Overview(ClientHeader client, LocalDate from, LocalDate to, Page<AuditLog.FileAccess> accesses) {
    }

    Overview page(CurrentUser user, Long clientId, LocalDate from, LocalDate to, int page) {
        ClientHeader client = gate.open(user, clientId, READERS, AuditAction.VIEW, "access_overview", null);
        if (from == null || to == null) {
            return new Overview(client, from, to, null);
        }
        return new Overview(client, from, to, auditLog.accessesTo(clientId, start(from), start(to.plusDays(1)),
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
    }

    /** The overview as a tagged PDF (PDF/UA) with the programme's letterhead, to hand to the client. */
    byte[] pdf(CurrentUser user, Long clientId, LocalDate from, LocalDate to, Locale locale) {
        ClientHeader client = gate.open(user, clientId, READERS, AuditAction.EXPORT, "access_overview", null);
        List<AuditLog.FileAccess> accesses = auditLog.accessesTo(clientId, start(from), start(to.plusDays(1)),
                PDF_LIMIT + 1);
        boolean cut = accesses.size() > PDF_LIMIT;
        return pdfs.render("rights/accesses-pdf", locale, Map.of("client", client, "from", from, "to", to,
                "accesses", cut ? accesses.subList(0, PDF_LIMIT) : accesses, "cut", cut,
                "madeOn", LocalDate.now(clock)));
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(Dates.ZONE).toInstant();
    }
}
