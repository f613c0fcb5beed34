package nl.waakvlam.imports;

import nl.waakvlam.coach.AbsenceDetails;
import nl.waakvlam.coach.CoachProfileDetails;
import nl.waakvlam.coach.CoachService;
import nl.waakvlam.coach.CoachWorkload;
import nl.waakvlam.coach.CoachWorkloads;
import nl.waakvlam.client.ClientAdmissions;
import nl.waakvlam.contact.ContactService;
import nl.waakvlam.imports.DryRun.PlannedClient;
import nl.waakvlam.measurement.InstrumentCatalogue;
import nl.waakvlam.measurement.MeasurementMoment;
import nl.waakvlam.measurement.MeasurementService;
import nl.waakvlam.organisation.OrganisationService;
import nl.waakvlam.reference.ReferenceData;
import nl.waakvlam.security.AccountService;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.AuditLog;
import nl.waakvlam.security.AuditOutcome;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.security.Role;
import nl.waakvlam.security.UserSummary;
import nl.waakvlam.shared.Dates;
import nl.waakvlam.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The steps of an import: upload (files kept in {@code import_upload}), mapping (remembered per set
 * of column headers), dry run, and the commit that creates every client and contact in one
 * transaction or nothing. Clients are created through {@link ClientAdmissions}, contacts through
 * {@link ContactService}; the creation is audited per client.
 */
@Service
@Transactional
class ImportService {

    /** How long an upload waits for its commit. */
    static final Duration UPLOAD_KEPT = Duration.ofDays(1);
    /** One advisory lock for all commits: two commits of the same file cannot both pass the check. */
    static final long COMMIT_LOCK = 0x77616b76_696d7074L;

    private final ImportUploadRepository uploads;
    private final SavedMappingRepository mappings;
    private final ImportRunRepository runs;
    private final CommittedFileRepository committedFiles;
    private final ClientAdmissions admissions;
    private final ContactService contacts;
    private final ReferenceData referenceData;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CoachWorkloads workloads;
    private final CoachService coaches;
    private final MeasurementService measurements;
    private final InstrumentCatalogue catalogue;

    ImportService(ImportUploadRepository uploads, SavedMappingRepository mappings, ImportRunRepository runs,
                  CommittedFileRepository committedFiles, ClientAdmissions admissions, ContactService contacts,
                  ReferenceData referenceData, AccountService accounts, OrganisationService organisations,
                  AuditLog auditLog, MessageSource messages, JdbcTemplate jdbc, Clock clock, CoachWorkloads workloads,
                  CoachService coaches, MeasurementService measurements, InstrumentCatalogue catalogue) {
        this.measurements = measurements;
        this.catalogue = catalogue;
        this.workloads = workloads;
        this.coaches = coaches;
        this.uploads = uploads;
        this.mappings = mappings;
        this.runs = runs;
        this.committedFiles = committedFiles;
        this.admissions = admissions;
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.accounts = accounts;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A file as it arrived. */
    record NamedFile(String name, byte[] content) {
    }

    /**
     * Keeps the files for the next steps. Refuses a file that cannot be read and a file that was
     * imported before (by its SHA-256). Returns the upload's id.
     */
    Long upload(CurrentUser projectLeader, List<NamedFile> files) {
        List<ImportUpload.File> kept = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            NamedFile file = files.get(i);
            try {
                SpreadsheetReader.read(i, file.name(), file.content());
            } catch (UnreadableFileException e) {
                throw new ImportRefusedException(e.messageKey(), file.name());
            }
            kept.add(new ImportUpload.File(file.name(), file.content()));
        }
        if (kept.stream().map(ImportUpload.File::sha256).distinct().count() < kept.size()) {
            throw new ImportRefusedException("import.refused.sameFileTwice");
        }
        refuseCommittedBefore(kept);
        return uploads.save(new ImportUpload(projectLeader.id(), kept, clock.instant())).getId();
    }

    /** The tables of an upload and what the mapping page starts from. */
    record MappingPage(Long uploadId, List<SheetTable> tables, SheetTable clientTable, SheetTable contactTable,
                       ColumnMapping clientMapping, ColumnMapping contactMapping, boolean clientRemembered,
                       boolean contactRemembered, List<String> fileNames, boolean keepUnknown) {
    }

    /**
     * The mapping page for the chosen tables ({@code null}: as before, or a first guess by the sheet
     * names; an empty contact table: no contacts). The mapping comes from this upload when its tables
     * were mapped before, else from the mapping remembered for the same column headers, else from the
     * headers themselves.
     */
    @Transactional(readOnly = true)
    MappingPage mapping(CurrentUser projectLeader, Long uploadId, String clientTableId, String contactTableId) {
        ImportUpload upload = own(projectLeader, uploadId);
        List<SheetTable> tables = tables(upload);
        Map<String, SheetTable> byId = tables.stream()
                .collect(Collectors.toMap(SheetTable::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        SheetTable clientTable = byId.get(clientTableId == null ? upload.getClientTable() : clientTableId);
        if (clientTable == null) {
            clientTable = tables.stream().filter(t -> named(t, "client")).findFirst()
                    .orElse(tables.stream().filter(t -> !named(t, "contact") && !t.headers().isEmpty()).findFirst()
                            .orElse(tables.get(0)));
        }
        SheetTable contactTable;
        if (contactTableId != null) {
            contactTable = byId.get(contactTableId);
        } else if (upload.isMapped()) {
            contactTable = byId.get(upload.getContactTable());
        } else {
            SheetTable clients = clientTable;
            contactTable = tables.stream().filter(t -> t != clients && named(t, "contact")).findFirst()
                    .orElse(tables.stream().filter(t -> t != clients && t.id().startsWith("1-")).findFirst()
                            .orElse(null));
        }
        if (contactTable == clientTable) {
            contactTable = null;
        }
        Mapped clientMapping = mappingFor(upload, clientTable, upload.getClientTable(), upload.clientMapping(),
                TargetField.Kind.CLIENTS);
        Mapped contactMapping = contactTable == null ? new Mapped(ColumnMapping.NONE, false)
                : mappingFor(upload, contactTable, upload.getContactTable(), upload.contactMapping(),
                TargetField.Kind.CONTACTS);
        return new MappingPage(uploadId, tables, clientTable, contactTable, clientMapping.mapping(),
                contactMapping.mapping(), clientMapping.remembered(), contactMapping.remembered(),
                upload.getFiles().stream().map(ImportUpload.File::fileName).toList(), upload.keepsUnknown());
    }

    private record Mapped(ColumnMapping mapping, boolean remembered) {
    }

    private Mapped mappingFor(ImportUpload upload, SheetTable table, String mappedTableId, ColumnMapping mapped,
                              TargetField.Kind kind) {
        if (table.id().equals(mappedTableId)) {
            return new Mapped(mapped.fittedTo(table, kind), false);
        }
        return mappings.findByKindAndHeaderKey(kind, ColumnMapping.headerKey(table.headers()))
                .map(saved -> new Mapped(saved.mapping().fittedTo(table, kind), true))
                .orElseGet(() -> new Mapped(ColumnMapping.guess(table, kind), false));
    }

    private static boolean named(SheetTable table, String word) {
        return TargetField.normalise(table.sheetName() == null ? table.fileName() : table.sheetName()).contains(word);
    }

    /**
     * Keeps the chosen tables and mapping on the upload and remembers the mapping for the next file
     * with the same column headers. The caller has checked that the mapping fits the tables.
     */
    void saveMapping(CurrentUser projectLeader, Long uploadId, SheetTable clientTable, ColumnMapping clientMapping,
                     SheetTable contactTable, ColumnMapping contactMapping, boolean keepUnknown) {
        ImportUpload upload = own(projectLeader, uploadId);
        upload.map(clientTable.id(), clientMapping, contactTable == null ? null : contactTable.id(), contactMapping);
        upload.keepUnknown(keepUnknown);
        remember(TargetField.Kind.CLIENTS, clientTable, clientMapping, projectLeader.id());
        if (contactTable != null) {
            remember(TargetField.Kind.CONTACTS, contactTable, contactMapping, projectLeader.id());
        }
    }

    private void remember(TargetField.Kind kind, SheetTable table, ColumnMapping mapping, Long by) {
        String key = ColumnMapping.headerKey(table.headers());
        SavedMapping saved = mappings.findByKindAndHeaderKey(kind, key)
                .orElseGet(() -> new SavedMapping(kind, key));
        saved.save(mapping, by, clock.instant());
        mappings.save(saved);
    }

    /** The dry run of a mapped upload: what would be created and every row with a problem. Writes nothing. */
    @Transactional(readOnly = true)
    Optional<DryRun> dryRun(CurrentUser projectLeader, Long uploadId) {
        ImportUpload upload = own(projectLeader, uploadId);
        return upload.isMapped() ? Optional.of(check(upload)) : Optional.empty();
    }

    /** The outcome of a commit: the run's id, or the dry run that shows why nothing was imported. */
    record Committed(Long runId, DryRun refused) {
    }

    /**
     * Creates every planned client and contact in this one transaction, or nothing when any row has
     * a problem. The upload is locked first and deleted after, so a second click finds nothing to do.
     */
    Committed commit(CurrentUser projectLeader, Long uploadId) {
        long started = System.nanoTime();
        jdbc.queryForList("select pg_advisory_xact_lock(?)", COMMIT_LOCK);
        ImportUpload upload = uploads.lockById(uploadId)
                .filter(u -> u.getUploadedBy().equals(projectLeader.id()))
                .orElseThrow(() -> new ImportRefusedException("import.refused.gone"));
        if (!upload.isMapped()) {
            throw new ImportRefusedException("import.refused.notMapped");
        }
        refuseCommittedBefore(upload.getFiles());
        DryRun run = check(upload);
        if (!run.canCommit()) {
            return new Committed(null, run);
        }
        Instant now = clock.instant();
        List<Long> clientIds = admissions.importRegistered(run.clients().stream().map(PlannedClient::command)
                .toList(), projectLeader.id());
        // a contact of a client Waakvlam already has goes to that client, recorded for its current coach
        contacts.importContacts(run.contacts().stream().map(contact -> contact.client() < 0
                ? new ContactService.ImportedContact(contact.existingClientId(), contact.existingCoachId(),
                contact.details())
                : new ContactService.ImportedContact(clientIds.get(contact.client()),
                run.clients().get(contact.client()).coach().id(), contact.details())).toList(), now);
        // each client's scores from the list: a measurement at the start, the "before" of its outcome figures
        for (int i = 0; i < clientIds.size(); i++) {
            for (DryRun.PlannedScore score : run.clients().get(i).scores()) {
                measurements.importMeasurement(clientIds.get(i), score.instrument(), MeasurementMoment.START, null,
                        score.on(), score.score(), score.domains(), null, projectLeader.id());
            }
        }
        auditLog.recordEach(AuditAction.CREATE, clientIds, AuditOutcome.ALLOWED);
        List<Long> updated = run.contacts().stream().map(DryRun.PlannedContact::existingClientId)
                .filter(Objects::nonNull).distinct().toList();
        auditLog.recordEach(AuditAction.UPDATE, updated, AuditOutcome.ALLOWED);
        List<ImportRun.Client> created = new ArrayList<>();
        for (int i = 0; i < clientIds.size(); i++) {
            created.add(new ImportRun.Client(clientIds.get(i), run.clients().get(i).coach().id()));
        }
        ImportRun saved = runs.save(new ImportRun(projectLeader.id(), now, created, run.contacts().size(),
                (System.nanoTime() - started) / 1_000_000));
        for (ImportUpload.File file : upload.getFiles()) {
            committedFiles.save(new CommittedFile(saved.getId(), file.fileName(), file.sha256()));
        }
        uploads.delete(upload);
        return new Committed(saved.getId(), null);
    }

    /** A committed import for the result page and the list of recent imports. */
    record RunView(Long id, Instant committedAt, String committedBy, int clients, int contacts, long durationMs,
                   List<String> fileNames, List<CoachClients> coaches) {
    }

    /** How many of the imported clients a coach got, with the link to them. */
    record CoachClients(Long coachId, String coachName, long clients) {
    }

    @Transactional(readOnly = true)
    RunView run(Long runId) {
        ImportRun run = runs.findById(runId).orElseThrow(() -> new NotFoundException("import"));
        Map<Long, Long> perCoach = run.getClients().stream()
                .collect(Collectors.groupingBy(ImportRun.Client::coachId, LinkedHashMap::new, Collectors.counting()));
        List<Long> people = new ArrayList<>(perCoach.keySet());
        people.add(run.getCommittedBy());
        Map<Long, UserSummary> names = accounts.byIds(people);
        List<CoachClients> coaches = perCoach.entrySet().stream()
                .map(e -> new CoachClients(e.getKey(), name(names, e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(CoachClients::coachName)).toList();
        List<String> files = committedFiles.findByRunIdIn(List.of(runId)).stream().map(CommittedFile::getFileName)
                .toList();
        return new RunView(run.getId(), run.getCommittedAt(), name(names, run.getCommittedBy()),
                run.getClientsCreated(), run.getContactsCreated(), run.getDurationMs(), files, coaches);
    }

    /** The ten latest imports, newest first (a fixed number of statements). */
    @Transactional(readOnly = true)
    List<RunView> recentRuns() {
        List<ImportRun> latest = runs.findTop10ByOrderByCommittedAtDesc();
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, UserSummary> names = accounts.byIds(latest.stream().map(ImportRun::getCommittedBy).toList());
        Map<Long, List<String>> files = committedFiles.findByRunIdIn(latest.stream().map(ImportRun::getId).toList())
                .stream().collect(Collectors.groupingBy(CommittedFile::getRunId,
                        Collectors.mapping(CommittedFile::getFileName, Collectors.toList())));
        return latest.stream().map(run -> new RunView(run.getId(), run.getCommittedAt(),
                name(names, run.getCommittedBy()), run.getClientsCreated(), run.getContactsCreated(),
                run.getDurationMs(), files.getOrDefault(run.getId(), List.of()), List.of())).toList();
    }

    /** Deletes uploads that waited longer than a day; they hold personal data nobody is using. */
    int forgetOldUploads() {
        return uploads.deleteCreatedBefore(clock.instant().minus(UPLOAD_KEPT));
    }

    /** The upload's files read again as tables (files are kept as uploaded, never as parsed data). */
    List<SheetTable> tables(ImportUpload upload) {
        List<SheetTable> tables = new ArrayList<>();
        List<ImportUpload.File> files = upload.getFiles();
        for (int i = 0; i < files.size(); i++) {
            tables.addAll(SpreadsheetReader.read(i, files.get(i).fileName(), files.get(i).content(),
                    upload.headerRows()));
        }
        return tables;
    }

    private DryRun check(ImportUpload upload) {
        List<SheetTable> tables = tables(upload);
        SheetTable clientTable = find(tables, upload.getClientTable());
        SheetTable contactTable = upload.getContactTable() == null ? null : find(tables, upload.getContactTable());
        if (clientTable == null) {
            throw new ImportRefusedException("import.refused.notMapped");
        }
        Locale locale = LocaleContextHolder.getLocale();
        Vocabulary words = new Vocabulary(referenceData.activeTracks(), referenceData.lifeDomains(),
                accounts.withRole(Role.COACH), organisations.all(), messages, locale)
                .withScores(scoreRanges(locale));
        DryRun run = new ImportCheck(words, admissions::bornOn, this::contactsHeld, clock.instant(), clock.getZone())
                .withChoices(upload.coachMoves(), upload.keepsUnknown(), upload.addsExistingContacts())
                .run(clientTable, upload.clientMapping(), contactTable, upload.contactMapping());
        // a client table's unlinked columns are kept as a remark when asked; the contacts' are never read
        List<String> unlinkedClients = unlinked(clientTable, upload.clientMapping());
        List<String> unused = new ArrayList<>(upload.keepsUnknown() ? List.of() : unlinkedClients);
        if (contactTable != null) {
            unused.addAll(unlinked(contactTable, upload.contactMapping()));
        }
        List<String> kept = upload.keepsUnknown() ? unlinkedClients : List.of();
        return run.with(loads(run), unused, kept);
    }

    /** The named columns of a table that feed no field. */
    private static List<String> unlinked(SheetTable table, ColumnMapping mapping) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            if (!table.headers().get(c).isBlank() && !mapping.columns().containsValue(c)) {
                names.add(table.columnName(c));
            }
        }
        return names;
    }

    /**
     * The contacts Waakvlam holds for these clients, as the check compares them: client, day (Dutch
     * time) and kind. One statement per thousand clients.
     */
    private Set<String> contactsHeld(Collection<Long> clientIds) {
        Set<String> keys = new HashSet<>();
        contacts.heldContacts(clientIds).forEach(held ->
                keys.add(ImportCheck.contactKey(held.clientId(), held.day(), held.type())));
        return keys;
    }

    /**
     * The header row of a table, chosen by hand where the guess was wrong (null: back to the guess).
     * Refused unless the row is one of the table's first rows with text; the mapping starts again.
     */
    void chooseHeaderRow(CurrentUser projectLeader, Long uploadId, String tableId, Integer row) {
        ImportUpload upload = own(projectLeader, uploadId);
        if (row != null) {
            SheetTable table = tables(upload).stream().filter(t -> t.id().equals(tableId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("table"));
            boolean known = table.headerRow() == row || table.rows().stream().limit(SpreadsheetReader.HEADER_SEARCH)
                    .anyMatch(r -> r.number() == row) || table.ignored().stream().anyMatch(r -> r.number() == row);
            if (!known) {
                throw new ImportRefusedException("import.headerRow.unknown", row);
            }
        }
        if (upload.headerRows().size() >= MAX_HEADER_CHOICES && !upload.headerRows().containsKey(tableId)) {
            throw new ImportRefusedException("import.headerRow.unknown", row);
        }
        upload.chooseHeaderRow(tableId, row);
    }

    /** Whether the new contacts of clients Waakvlam already has are added, or those clients' rows skipped. */
    void addExistingContacts(CurrentUser projectLeader, Long uploadId, boolean add) {
        own(projectLeader, uploadId).addExistingContacts(add);
    }

    /** The coaches a file's clients can be given to, for the dry run's choice. */
    List<UserSummary> activeCoaches() {
        return accounts.withRole(Role.COACH).stream().filter(UserSummary::enabled).toList();
    }

    /** Header rows chosen by hand for this many tables at most (the stored list has room for them). */
    static final int MAX_HEADER_CHOICES = 20;

    /** As many coach choices as the stored list has room for (each "id>id," at most 38 characters). */
    static final int MAX_MOVES = 50;

    /** Gives the clients of coaches named in the file to other coaches (file coach id → coach id). */
    void moveCoaches(CurrentUser projectLeader, Long uploadId, Map<Long, Long> moves) {
        ImportUpload upload = own(projectLeader, uploadId);
        Set<Long> coachIds = accounts.withRole(Role.COACH).stream().filter(UserSummary::enabled)
                .map(UserSummary::id).collect(Collectors.toSet());
        Map<Long, Long> valid = new LinkedHashMap<>();
        moves.forEach((from, to) -> {
            // a file names a few coaches: more choices than the programme has coaches are not a real form
            if (coachIds.contains(from) && coachIds.contains(to) && !from.equals(to) && valid.size() < MAX_MOVES) {
                valid.put(from, to);
            }
        });
        upload.moveCoaches(valid);
    }

    /** The instruments a score column can feed, with their range and whether the programme uses them. */
    private Map<String, Vocabulary.ScoreRange> scoreRanges(Locale locale) {
        Map<String, Vocabulary.ScoreRange> ranges = new HashMap<>();
        for (String code : List.of("SCALE", "PARTICIPATION_LADDER", "ZRM")) {
            InstrumentCatalogue.InstrumentView instrument = catalogue.byCode(code);
            if (instrument != null) {
                ranges.put(code, new Vocabulary.ScoreRange("nl".equals(locale.getLanguage()) ? instrument.nameNl()
                        : instrument.nameEn(), instrument.min(), instrument.max(), instrument.enabled()));
            }
        }
        return ranges;
    }

    /** How far ahead an absence of a coach who gets clients is worth a warning (as for a caseload move). */
    static final int ABSENCE_HORIZON_DAYS = 14;

    /**
     * Each coach's weighted caseload now and after the import, weighted as on the coaches page (one
     * grouped read for all coaches), with their capacity and an absence now or soon.
     */
    private List<DryRun.CoachLoad> loads(DryRun run) {
        if (run.clients().isEmpty()) {
            return List.of();
        }
        Map<Long, CoachWorkload> now = workloads.workloads();
        Map<Long, CoachProfileDetails> profiles = coaches.allProfiles();
        LocalDate today = LocalDate.now(clock);
        List<AbsenceDetails> absences = coaches.absencesBetween(today, today.plusDays(ABSENCE_HORIZON_DAYS));
        Map<Long, int[]> added = new LinkedHashMap<>();
        Map<Long, UserSummary> people = new LinkedHashMap<>();
        for (DryRun.PlannedClient client : run.clients()) {
            people.putIfAbsent(client.coach().id(), client.coach());
            int[] sum = added.computeIfAbsent(client.coach().id(), id -> new int[2]);
            sum[0]++;
            sum[1] += workloads.weightOf(client.command().phase().name());
        }
        List<DryRun.CoachLoad> loads = new ArrayList<>();
        added.forEach((id, sum) -> {
            int before = Optional.ofNullable(now.get(id)).map(CoachWorkload::weighted).orElse(0);
            int capacity = Optional.ofNullable(profiles.get(id)).map(CoachProfileDetails::maxCaseload).orElse(0);
            Optional<AbsenceDetails> absent = absences.stream().filter(a -> a.coachId().equals(id)).findFirst();
            loads.add(new DryRun.CoachLoad(people.get(id), sum[0], before, before + sum[1], capacity,
                    absent.map(AbsenceDetails::startsOn).orElse(null), absent.map(AbsenceDetails::endsOn).orElse(null)));
        });
        return loads;
    }

    private static SheetTable find(List<SheetTable> tables, String id) {
        return tables.stream().filter(table -> table.id().equals(id)).findFirst().orElse(null);
    }

    private ImportUpload own(CurrentUser projectLeader, Long uploadId) {
        return uploads.findById(uploadId).filter(upload -> upload.getUploadedBy().equals(projectLeader.id()))
                .orElseThrow(() -> new NotFoundException("import"));
    }

    private void refuseCommittedBefore(List<ImportUpload.File> files) {
        Map<String, String> names = files.stream().collect(Collectors.toMap(ImportUpload.File::sha256,
                ImportUpload.File::fileName, (a, b) -> a));
        List<CommittedFile> before = committedFiles.findBySha256In(names.keySet());
        if (!before.isEmpty()) {
            CommittedFile first = before.get(0);
            ImportRun run = runs.findById(first.getRunId()).orElseThrow();
            throw new ImportRefusedException("import.refused.duplicateFile", first.getFileName(),
                    Dates.date(run.getCommittedAt(), LocaleContextHolder.getLocale()));
        }
    }

    private static String name(Map<Long, UserSummary> names, Long id) {
        UserSummary user = names.get(id);
        return user == null ? "" : user.displayName();
    }
}
