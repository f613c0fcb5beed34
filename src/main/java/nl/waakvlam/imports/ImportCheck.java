package nl.waakvlam.imports;

import nl.waakvlam.client.ClientAdmissions.KnownClient;
import nl.waakvlam.client.ClientIdentity;
import nl.waakvlam.client.ClientProfile;
import nl.waakvlam.client.Phase;
import nl.waakvlam.client.RegisteredClient;
import nl.waakvlam.contact.ContactDetails;
import nl.waakvlam.contact.ContactOutcome;
import nl.waakvlam.contact.ContactType;
import nl.waakvlam.contact.InitiatedBy;
import nl.waakvlam.contact.TimeKind;
import nl.waakvlam.imports.CellValues.DateValue;
import nl.waakvlam.imports.DryRun.PlannedClient;
import nl.waakvlam.imports.DryRun.PlannedContact;
import nl.waakvlam.security.UserSummary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The dry run: reads every row of the mapped tables, checks it against Waakvlam's rules and
 * reference data, and says what would be created and which rows cannot be taken, with the reason.
 * Writes nothing. The commit runs the same check again and writes only when there is no problem,
 * so what the project leader saw is what is imported.
 */
final class ImportCheck {

    static final int NAME_MAX = 100;
    static final int NOTE_MAX = 4000;
    static final int MINUTES_MAX = 24 * 60;
    /** A contact with only a date is placed at noon (the flame counts days, not hours). */
    static final LocalTime DEFAULT_CONTACT_TIME = LocalTime.NOON;

    private final Vocabulary words;
    private final Function<Collection<LocalDate>, List<KnownClient>> knownClients;
    private final Function<Collection<Long>, Set<String>> knownContacts;
    private Map<Long, Long> coachMoves = Map.of();
    private boolean keepUnknown;
    private boolean addExistingContacts = true;
    /** Per coach named in the file: how many clients, in the order they appear. */
    private final Map<Long, int[]> fileCoachCounts = new LinkedHashMap<>();
    private final Map<Long, UserSummary> fileCoaches = new LinkedHashMap<>();
    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;

    ImportCheck(Vocabulary words, Function<Collection<LocalDate>, List<KnownClient>> knownClients, Instant now,
                ZoneId zone) {
        this(words, knownClients, ids -> Set.of(), now, zone);
    }

    /**
     * {@code knownContacts} gives, for clients Waakvlam already has, the contacts it holds as
     * {@link #contactKey} strings: a second import of the same list does not add them again.
     */
    ImportCheck(Vocabulary words, Function<Collection<LocalDate>, List<KnownClient>> knownClients,
                Function<Collection<Long>, Set<String>> knownContacts, Instant now, ZoneId zone) {
        this.words = words;
        this.knownClients = knownClients;
        this.knownContacts = knownContacts;
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    /**
     * What the project leader chose in the dry run: the clients of a coach named in the file go to
     * another coach ({@code moves}, file coach id → coach id), and columns that feed no field are kept
     * as a remark with the coach ({@code keepUnknown}).
     */
    ImportCheck withChoices(Map<Long, Long> moves, boolean keep, boolean existingContacts) {
        this.coachMoves = Map.copyOf(moves);
        this.keepUnknown = keep;
        this.addExistingContacts = existingContacts;
        return this;
    }

    /** A contact as the duplicate check knows it: the client, the day and the kind. */
    static String contactKey(Long clientId, LocalDate day, ContactType kind) {
        return clientId + "|" + day + "|" + kind.name();
    }

    /** A client row read so far; {@code command} is null when the row has a problem. */
    private record ReadClient(int row, String reference, String nameKey, LocalDate birth, LocalDate start,
                              RegisteredClient command, UserSummary coach, List<DryRun.PlannedScore> scores) {
    }

    DryRun run(SheetTable clientTable, ColumnMapping clientColumns, SheetTable contactTable,
               ColumnMapping contactColumns) {
        List<RowProblem> problems = new ArrayList<>();
        List<ReadClient> read = new ArrayList<>();
        for (SheetTable.Row row : clientTable.rows()) {
            read.add(readClient(new Cells(clientTable, row, clientColumns, problems)));
        }
        Map<Integer, KnownClient> known = new HashMap<>();
        Set<Integer> refused = duplicates(clientTable, clientColumns, read, problems, known);
        // a row's duplicate problems come after all rows were read: put them in row order (stable)
        problems.sort(Comparator.comparingInt(RowProblem::row));

        List<PlannedClient> planned = new ArrayList<>();
        List<DryRun.ExistingClient> existing = new ArrayList<>();
        Map<String, Integer> plannedByReference = new HashMap<>();
        Map<String, KnownClient> existingByReference = new HashMap<>();
        Map<String, ReadClient> byReference = new HashMap<>();
        for (ReadClient client : read) {
            if (client.reference() != null) {
                byReference.putIfAbsent(client.reference(), client);
            }
            KnownClient already = known.get(client.row());
            if (already != null) {
                // Waakvlam keeps what it has; the list says what differs, so the project leader can look
                existing.add(new DryRun.ExistingClient(client.row(), already.id(),
                        already.firstName() + " " + already.lastName(), already.phase(),
                        client.command() == null ? null : client.command().phase(), already.coachId(),
                        client.coach()));
                if (client.reference() != null) {
                    existingByReference.putIfAbsent(client.reference(), already);
                }
            } else if (client.command() != null && !refused.contains(client.row())) {
                plannedByReference.putIfAbsent(client.reference(), planned.size());
                planned.add(new PlannedClient(client.row(), client.command(), client.coach(), client.scores()));
            }
        }
        Set<String> contactsHeld = existingByReference.isEmpty() ? Set.of()
                : knownContacts.apply(existingByReference.values().stream().map(KnownClient::id).toList());
        int alreadyHeld = 0;
        int skippedForExisting = 0;

        List<PlannedContact> contacts = new ArrayList<>();
        if (contactTable != null) {
            for (SheetTable.Row row : contactTable.rows()) {
                Cells cells = new Cells(contactTable, row, contactColumns, problems);
                String reference = cells.required(TargetField.CONTACT_CLIENT);
                ReadClient client = reference.isEmpty() ? null : byReference.get(referenceKey(reference));
                if (!reference.isEmpty() && client == null) {
                    cells.problem(TargetField.CONTACT_CLIENT, "importProblem.unknownClient", reference);
                }
                KnownClient already = client == null ? null : existingByReference.get(client.reference());
                ContactDetails details = readContact(cells, already == null ? client : null);
                Integer index = client == null ? null : plannedByReference.get(client.reference());
                if (details != null && !cells.hasProblems()) {
                    if (index != null) {
                        contacts.add(new PlannedContact(row.number(), index, details, null, null));
                    } else if (already != null) {
                        String key = contactKey(already.id(), LocalDate.ofInstant(details.occurredAt(), zone),
                                details.type());
                        if (contactsHeld.contains(key)) {
                            alreadyHeld++;
                        } else if (!addExistingContacts) {
                            skippedForExisting++;
                        } else if (already.coachId() != null) {
                            contacts.add(new PlannedContact(row.number(), -1, details, already.id(),
                                    already.coachId()));
                        }
                    }
                }
            }
        }
        List<DryRun.Ignored> ignored = new ArrayList<>();
        for (SheetTable table : contactTable == null ? List.of(clientTable) : List.of(clientTable, contactTable)) {
            table.ignored().forEach(row -> ignored.add(new DryRun.Ignored(tableName(table), row.number(),
                    row.reasonKey(), row.text())));
        }
        List<DryRun.FileCoach> named = new ArrayList<>();
        fileCoaches.forEach((id, coach) -> named.add(new DryRun.FileCoach(coach, fileCoachCounts.get(id)[0],
                coachMoves.containsKey(id) ? words.coachById(coachMoves.get(id)).orElse(null) : null)));
        return new DryRun(planned, contacts, List.copyOf(problems), contactTable != null, List.copyOf(ignored))
                .withExisting(List.copyOf(existing), alreadyHeld, skippedForExisting, addExistingContacts)
                .withFileCoaches(named);
    }

    private ReadClient readClient(Cells cells) {
        String nameText = cells.required(TargetField.NAME);
        String first = null;
        String last = null;
        if (cells.mapped(TargetField.LAST_NAME)) {
            first = nameText;
            last = cells.required(TargetField.LAST_NAME);
        } else if (!nameText.isEmpty()) {
            String[] parts = splitName(nameText);
            if (parts == null) {
                cells.problem(TargetField.NAME, "importProblem.nameIncomplete");
            } else {
                first = parts[0];
                last = parts[1];
            }
        }
        if (first != null && (first.length() > NAME_MAX || last.length() > NAME_MAX)) {
            cells.problem(TargetField.NAME, "importProblem.tooLong", NAME_MAX);
        }
        String reference = cells.mapped(TargetField.CLIENT_REFERENCE) ? cells.required(TargetField.CLIENT_REFERENCE)
                : cells.text(TargetField.NAME) + (cells.mapped(TargetField.LAST_NAME)
                ? " " + cells.text(TargetField.LAST_NAME) : "");

        LocalDate birth = cells.pastDate(TargetField.DATE_OF_BIRTH, true);
        Long track = cells.lookup(TargetField.TRACK, words::track, "importProblem.unknownTrack", words.trackChoices());
        Phase phase = cells.lookup(TargetField.PHASE, words::phase, "importProblem.unknownPhase", words.phaseChoices());
        if (phase != null && !Vocabulary.IMPORTABLE_PHASES.contains(phase)) {
            cells.problem(TargetField.PHASE, "importProblem.phaseNotImportable", cells.text(TargetField.PHASE),
                    words.phaseChoices());
            phase = null;
        }
        LocalDate start = cells.pastDate(TargetField.START_DATE, true);
        if (start != null && birth != null && start.isBefore(birth)) {
            cells.problem(TargetField.START_DATE, "importProblem.startBeforeBirth");
        }
        LocalDate referredOn = cells.pastDate(TargetField.REFERRED_ON, false);
        if (referredOn != null && start != null && referredOn.isAfter(start)) {
            cells.problem(TargetField.REFERRED_ON, "importProblem.referredAfterStart");
        }
        if (referredOn != null && birth != null && referredOn.isBefore(birth)) {
            cells.problem(TargetField.REFERRED_ON, "importProblem.referredBeforeBirth");
        }
        LocalDate phaseSince = cells.pastDate(TargetField.PHASE_SINCE, false);
        if (phaseSince != null && start != null && phaseSince.isBefore(start)) {
            cells.problem(TargetField.PHASE_SINCE, "importProblem.phaseSinceBeforeStart");
        }
        String coachName = cells.required(TargetField.COACH);
        UserSummary coach = coachName.isEmpty() ? null : words.coach(coachName).orElse(null);
        if (!coachName.isEmpty() && coach == null) {
            cells.problem(TargetField.COACH, "importProblem.unknownCoach", coachName);
        }
        if (coach != null) {
            fileCoaches.putIfAbsent(coach.id(), coach);
            fileCoachCounts.computeIfAbsent(coach.id(), id -> new int[1])[0]++;
            UserSummary chosen = coachMoves.containsKey(coach.id())
                    ? words.coachById(coachMoves.get(coach.id())).orElse(null) : null;
            if (chosen != null) {
                coach = chosen;
            }
        }
        Long organisation = cells.lookup(TargetField.REFERRING_ORGANISATION, words::organisation,
                "importProblem.unknownOrganisation");

        String phone = cells.limited(TargetField.PHONE, PHONE_MAX);
        String email = cells.limited(TargetField.EMAIL, EMAIL_MAX);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            cells.problem(TargetField.EMAIL, "importProblem.invalidEmail", email);
        }
        String address = cells.limited(TargetField.ADDRESS, ADDRESS_MAX);
        String remark = cells.limited(TargetField.REMARK, NOTE_MAX);
        if (keepUnknown) {
            remark = withUnknownColumns(cells, remark);
        }
        List<DryRun.PlannedScore> scores = readScores(cells, start);

        String nameKey = first == null || birth == null ? null : TargetField.normalise(first + last) + "|" + birth;
        RegisteredClient command = cells.hasProblems() ? null : new RegisteredClient(
                new ClientIdentity(first, last, birth, phone, email, address, null, null),
                new ClientProfile(track, null, null, null, null, null, null, null), organisation, phase,
                referredOn == null ? start : referredOn, start, phaseSince == null ? start : phaseSince,
                coach.id(), remark);
        return new ReadClient(cells.row.number(), reference.isEmpty() ? null : referenceKey(reference), nameKey,
                birth, start, command, coach, scores);
    }

    /** The remark with every column that feeds no field added as "header: value", within the note's length. */
    private static String withUnknownColumns(Cells cells, String remark) {
        StringBuilder text = new StringBuilder(remark == null ? "" : remark);
        Set<Integer> mapped = new HashSet<>(cells.columns.columns().values());
        for (int c = 0; c < cells.table.headers().size(); c++) {
            String value = cells.row.cell(c);
            if (!mapped.contains(c) && !cells.table.headers().get(c).isBlank() && !value.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(cells.table.columnName(c)).append(": ").append(value);
            }
        }
        String all = text.toString();
        return all.isEmpty() ? null : all.length() > NOTE_MAX ? all.substring(0, NOTE_MAX) : all;
    }

    static final int PHONE_MAX = 40;
    static final int EMAIL_MAX = 200;
    static final int ADDRESS_MAX = 300;

    /**
     * The scores in the row, one measurement per instrument, dated on the measurement date column or
     * the start: the "before" of a client who was already being coached.
     */
    private List<DryRun.PlannedScore> readScores(Cells cells, LocalDate start) {
        Map<String, Integer> scale = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> domains = new LinkedHashMap<>();
        for (TargetField field : TargetField.scores()) {
            String text = cells.text(field);
            if (text.isEmpty()) {
                continue;
            }
            Vocabulary.ScoreRange range = words.scoreRange(field.instrument()).orElse(null);
            if (range == null || !range.enabled()) {
                cells.problem(field, "importProblem.instrumentOff", range == null ? field.instrument() : range.name());
                continue;
            }
            Integer score = text.matches("\\d{1,2}") ? Integer.valueOf(text) : null;
            if (score == null || score < range.min() || score > range.max()) {
                cells.problem(field, "importProblem.scoreRange", text, range.min(), range.max());
                continue;
            }
            if (field.domain() == null) {
                scale.put(field.instrument(), score);
            } else {
                domains.computeIfAbsent(field.instrument(), code -> new LinkedHashMap<>()).put(field.domain(), score);
            }
        }
        if (scale.isEmpty() && domains.isEmpty()) {
            return List.of();
        }
        LocalDate on = cells.mapped(TargetField.MEASURED_ON) && !cells.text(TargetField.MEASURED_ON).isEmpty()
                ? cells.pastDate(TargetField.MEASURED_ON, false) : start;
        if (on == null) {
            return List.of();
        }
        List<DryRun.PlannedScore> scores = new ArrayList<>();
        scale.forEach((code, score) -> scores.add(new DryRun.PlannedScore(code, score, Map.of(), on)));
        domains.forEach((code, byDomain) -> scores.add(new DryRun.PlannedScore(code, null, Map.copyOf(byDomain), on)));
        return scores;
    }

    /**
     * Marks the later rows of a person who is in the file twice and of a client number used twice, and
     * finds the persons Waakvlam already has (same name and date of birth) for {@code knownRows}.
     * Returns the rows refused.
     */
    private Set<Integer> duplicates(SheetTable table, ColumnMapping columns, List<ReadClient> read,
                                    List<RowProblem> problems, Map<Integer, KnownClient> knownRows) {
        Set<Integer> refused = new LinkedHashSet<>();
        Map<String, KnownClient> existing = new HashMap<>();
        knownClients.apply(read.stream().map(ReadClient::birth).filter(Objects::nonNull).toList())
                .forEach(known -> existing.putIfAbsent(TargetField.normalise(known.firstName() + known.lastName())
                        + "|" + known.dateOfBirth(), known));
        Map<String, Integer> firstRowOfName = new HashMap<>();
        Map<String, Integer> firstRowOfReference = new HashMap<>();
        String tableName = tableName(table);
        for (ReadClient client : read) {
            if (client.nameKey() != null) {
                Integer earlier = firstRowOfName.putIfAbsent(client.nameKey(), client.row());
                if (earlier != null) {
                    problems.add(problem(tableName, client.row(), table, columns, TargetField.NAME,
                            "importProblem.duplicateInFile", earlier));
                    refused.add(client.row());
                } else if (existing.containsKey(client.nameKey())) {
                    // a list kept up to date: the client is there already, which is no problem
                    knownRows.put(client.row(), existing.get(client.nameKey()));
                }
            }
            if (client.reference() != null && columns.has(TargetField.CLIENT_REFERENCE)) {
                Integer earlier = firstRowOfReference.putIfAbsent(client.reference(), client.row());
                if (earlier != null) {
                    problems.add(problem(tableName, client.row(), table, columns, TargetField.CLIENT_REFERENCE,
                            "importProblem.duplicateReference", earlier));
                    refused.add(client.row());
                }
            }
        }
        return refused;
    }

    private ContactDetails readContact(Cells cells, ReadClient client) {
        DateValue when = cells.dateValue(TargetField.CONTACT_DATE, true);
        Instant occurredAt = null;
        if (when != null) {
            occurredAt = when.at(DEFAULT_CONTACT_TIME).atZone(zone).toInstant();
            if (when.time() == null && occurredAt.isAfter(now) && when.date().equals(today)) {
                occurredAt = now;
            }
            if (when.date().isAfter(today) || occurredAt.isAfter(now.plusSeconds(300))) {
                cells.problem(TargetField.CONTACT_DATE, "importProblem.dateInFuture", when.date());
            } else if (client != null && client.start() != null && when.date().isBefore(client.start())) {
                cells.problem(TargetField.CONTACT_DATE, "importProblem.contactBeforeStart", client.start());
            }
        }
        ContactType kind = cells.lookup(TargetField.CONTACT_KIND, words::kind, "importProblem.unknownKind",
                words.kindChoices());
        ContactOutcome outcome = cells.lookup(TargetField.CONTACT_OUTCOME, words::outcome,
                "importProblem.unknownOutcome", words.outcomeChoices());
        Integer minutes = null;
        String duration = cells.text(TargetField.CONTACT_DURATION);
        if (!duration.isEmpty()) {
            minutes = CellValues.minutes(duration).filter(m -> m >= 1 && m <= MINUTES_MAX).orElse(null);
            if (minutes == null) {
                cells.problem(TargetField.CONTACT_DURATION, "importProblem.invalidDuration", duration);
            }
        }
        Set<Long> domains = new LinkedHashSet<>();
        for (String name : cells.text(TargetField.CONTACT_DOMAINS).split("[;,\\n]")) {
            if (!name.isBlank()) {
                Optional<Long> domain = words.lifeDomain(name);
                if (domain.isPresent()) {
                    domains.add(domain.get());
                } else {
                    cells.problem(TargetField.CONTACT_DOMAINS, "importProblem.unknownLifeDomain", name.strip());
                }
            }
        }
        String note = cells.text(TargetField.CONTACT_NOTE);
        if (note.length() > NOTE_MAX) {
            cells.problem(TargetField.CONTACT_NOTE, "importProblem.tooLong", NOTE_MAX);
        }
        if (cells.hasProblems()) {
            return null;
        }
        return new ContactDetails(occurredAt, outcome, kind, InitiatedBy.COACH, minutes, Set.copyOf(domains),
                note.isEmpty() ? null : note, null, null, null, false, false, TimeKind.DIRECT, Set.of());
    }

    /**
     * First and last name from one cell: "Achternaam, Voornaam" when there is a comma, else the first
     * word is the first name ("Sanne de Vries"). Null when there is only one word.
     */
    static String[] splitName(String name) {
        String text = name.strip().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma >= 0) {
            String last = text.substring(0, comma).strip();
            String first = text.substring(comma + 1).strip();
            return first.isEmpty() || last.isEmpty() ? null : new String[]{first, last};
        }
        int space = text.indexOf(' ');
        return space < 0 ? null : new String[]{text.substring(0, space), text.substring(space + 1)};
    }

    static String referenceKey(String reference) {
        return reference.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String tableName(SheetTable table) {
        return table.sheetName() == null ? table.fileName() : table.sheetName();
    }

    private static RowProblem problem(String tableName, int row, SheetTable table, ColumnMapping columns,
                                      TargetField field, String key, Object... values) {
        Integer column = columns.column(field);
        return new RowProblem(tableName, row, column == null ? "" : table.columnName(column), key, List.of(values));
    }

    /** The cells of one row as the mapping reads them, collecting the row's problems. */
    private final class Cells {

        private final SheetTable table;
        private final SheetTable.Row row;
        private final ColumnMapping columns;
        private final List<RowProblem> problems;
        private final int problemsBefore;

        Cells(SheetTable table, SheetTable.Row row, ColumnMapping columns, List<RowProblem> problems) {
            this.table = table;
            this.row = row;
            this.columns = columns;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        boolean mapped(TargetField field) {
            return columns.has(field);
        }

        String text(TargetField field) {
            return row.cell(columns.column(field));
        }

        /** The text of an optional column, or null when empty; a problem when longer than {@code max}. */
        String limited(TargetField field, int max) {
            String value = text(field);
            if (value.length() > max) {
                problem(field, "importProblem.tooLong", max);
            }
            return value.isEmpty() ? null : value;
        }

        String required(TargetField field) {
            String value = text(field);
            if (value.isEmpty()) {
                problem(field, "importProblem.required");
            }
            return value;
        }

        boolean hasProblems() {
            return problems.size() > problemsBefore;
        }

        void problem(TargetField field, String key, Object... values) {
            problems.add(ImportCheck.problem(tableName(table), row.number(), table, columns, field, key, values));
        }

        <T> T lookup(TargetField field, Function<String, Optional<T>> find, String unknownKey, Object... choices) {
            String value = field.required() ? required(field) : text(field);
            if (value.isEmpty()) {
                return null;
            }
            Optional<T> found = find.apply(value);
            if (found.isEmpty()) {
                Object[] values = new Object[choices.length + 1];
                values[0] = value;
                System.arraycopy(choices, 0, values, 1, choices.length);
                problem(field, unknownKey, values);
            }
            return found.orElse(null);
        }

        DateValue dateValue(TargetField field, boolean required) {
            String value = required ? required(field) : text(field);
            if (value.isEmpty()) {
                return null;
            }
            Optional<DateValue> parsed = CellValues.dateTime(value);
            if (parsed.isEmpty()) {
                problem(field, "importProblem.invalidDate", value);
            }
            return parsed.orElse(null);
        }

        /** A date that may not lie in the future. */
        LocalDate pastDate(TargetField field, boolean required) {
            DateValue value = dateValue(field, required);
            if (value == null) {
                return null;
            }
            if (value.date().isAfter(today)) {
                problem(field, "importProblem.dateInFuture", value.date());
                return null;
            }
            return value.date();
        }
    }
}
