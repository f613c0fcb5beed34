package nl.waakvlam.measurement;

import nl.waakvlam.client.AttentionItem;
import nl.waakvlam.client.AttentionSource;
import nl.waakvlam.client.ClientAccess;
import nl.waakvlam.client.ClientFileSection;
import nl.waakvlam.client.ClientGate;
import nl.waakvlam.client.ClientHeader;
import nl.waakvlam.client.FileView;
import nl.waakvlam.measurement.InstrumentCatalogue.InstrumentView;
import nl.waakvlam.measurement.InstrumentCatalogue.Round;
import nl.waakvlam.measurement.MeasurementViews.Point;
import nl.waakvlam.security.AuditAction;
import nl.waakvlam.security.CurrentUser;
import nl.waakvlam.shared.Dates;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recording measurements (one transaction per moment, all instruments together), the history on
 * the client file, and measurements due on the coach's today list: a start measurement when none
 * was taken, the periodic one when the shortest interval has passed since the latest measurement, and every open monitoring
 * round the client has not been measured in.
 */
@Service
@Transactional
public class MeasurementService implements ClientFileSection, AttentionSource {

    /** Periodic measurements show on the today list this many days before they are due. */
    static final int DAYS_AHEAD = 14;

    private final MeasurementRepository measurements;
    private final InstrumentCatalogue catalogue;
    private final ClientGate gate;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    MeasurementService(MeasurementRepository measurements, InstrumentCatalogue catalogue, ClientGate gate,
                       NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.measurements = measurements;
        this.catalogue = catalogue;
        this.gate = gate;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The client, for the entry form (coaches of the client only; the view is audited). */
    public ClientHeader clientForEntry(CurrentUser coach, Long clientId) {
        return gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.VIEW, "measurement", null);
    }

    /** Records every instrument filled in on the form; nothing is saved when one of them is wrong. */
    public List<Long> record(CurrentUser coach, Long clientId, MeasurementForm form) {
        gate.open(coach, clientId, ClientAccess.COACHES, AuditAction.CREATE, "measurement", null);
        MeasurementMoment moment = form.momentKind();
        Long roundId = form.roundId();
        if (moment == null || moment == MeasurementMoment.ROUND && catalogue.round(roundId) == null) {
            throw new MeasurementException("moment", "measurement.moment.required");
        }
        String note = form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip();
        List<Measurement> toSave = new ArrayList<>();
        if (form.getMatrixId() != null) {
            InstrumentView matrix = catalogue.byId(form.getMatrixId());
            if (matrix == null || !matrix.matrix() || !matrix.enabled()) {
                throw new MeasurementException(null, "measurement.instrumentOff");
            }
            Map<Long, Integer> scores = new HashMap<>();
            for (InstrumentCatalogue.Domain domain : matrix.domains()) {
                Integer score = form.getDomainScores().get(domain.id());
                if (score != null) {
                    if (score < matrix.min() || score > matrix.max()) {
                        throw new MeasurementException("domainScores", "measurement.score.range");
                    }
                    scores.put(domain.id(), score);
                }
            }
            if (scores.isEmpty()) {
                throw new MeasurementException("domainScores", "measurement.nothing");
            }
            toSave.add(new Measurement(clientId, matrix.id(), moment, roundId, form.getMeasuredOn(), null, scores, note,
                    coach.id(), clock.instant()));
        } else {
            for (InstrumentView instrument : catalogue.enabled()) {
                Integer score = instrument.matrix() ? null : form.getScores().get(instrument.id());
                if (score == null) {
                    continue;
                }
                if (score < instrument.min() || score > instrument.max()) {
                    throw new MeasurementException("scores", "measurement.score.range");
                }
                toSave.add(new Measurement(clientId, instrument.id(), moment, roundId, form.getMeasuredOn(), score,
                        Map.of(), toSave.isEmpty() ? note : null, coach.id(), clock.instant()));
            }
            if (toSave.isEmpty()) {
                throw new MeasurementException("scores", "measurement.nothing");
            }
        }
        return measurements.saveAll(toSave).stream().map(Measurement::getId).toList();
    }

    /** The moment the form suggests: start when nothing was measured, an open round not yet done, else periodic. */
    @Transactional(readOnly = true)
    public String suggestedMoment(Long clientId) {
        List<Point> points = history(clientId);
        if (points.isEmpty()) {
            return MeasurementMoment.START.name();
        }
        Set<String> done = points.stream().filter(p -> p.moment() == MeasurementMoment.ROUND)
                .map(Point::roundName).collect(Collectors.toSet());
        return catalogue.openRounds(LocalDate.now(clock)).stream().filter(r -> !done.contains(r.name()))
                .map(r -> "ROUND-" + r.id()).findFirst().orElse(MeasurementMoment.PERIODIC.name());
    }

    /** All measurements of a client, oldest first, in one statement. */
    @Transactional(readOnly = true)
    public List<Point> history(Long clientId) {
        Map<Long, Point> byId = new LinkedHashMap<>();
        jdbc.query("select m.id, m.instrument_id, m.moment, r.name, m.measured_on, m.score, m.note, s.domain_id, s.score "
                        + "from measurement m left join monitoring_round r on r.id = m.round_id "
                        + "left join measurement_score s on s.measurement_id = m.id where m.client_id = :client "
                        + "order by m.measured_on, m.id", new MapSqlParameterSource("client", clientId),
                rs -> {
                    Point point = byId.get(rs.getLong(1));
                    if (point == null) {
                        point = new Point(rs.getLong(1), rs.getLong(2), MeasurementMoment.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6),
                                new TreeMap<>(), rs.getString(7));
                        byId.put(point.id(), point);
                    }
                    if (rs.getObject(8) != null) {
                        point.domainScores().put(rs.getLong(8), rs.getInt(9));
                    }
                });
        return List.copyOf(byId.values());
    }

    @Override
    public String slot() {
        return "main";
    }

    @Override
    public String fragment() {
        return "measurement/section :: measurements";
    }

    @Override
    public int order() {
        return 6;
    }

    @Override
    public Nav nav() {
        return Nav.GOALS;
    }

    @Override
    @Transactional(readOnly = true)
    public Object data(FileView file) {
        Long clientId = file.clientId();
        ClientAccess access = file.access();
        if (access == ClientAccess.REFERRER) {
            // referrers see measurements only in a released report, within consent
            return null;
        }
        return section(clientId, ClientAccess.COACHES.contains(access), history(clientId));
    }

    MeasurementViews.Section section(Long clientId, boolean canRecord, List<Point> points) {
        Map<Long, List<Point>> byInstrument = points.stream()
                .collect(Collectors.groupingBy(Point::instrumentId, LinkedHashMap::new, Collectors.toList()));
        List<InstrumentView> scales = catalogue.instruments().stream()
                .filter(i -> i.kind() == InstrumentKind.SCALE && byInstrument.containsKey(i.id())).toList();
        TreeMap<LocalDate, Integer[]> rows = new TreeMap<>();
        for (int column = 0; column < scales.size(); column++) {
            for (Point p : byInstrument.get(scales.get(column).id())) {
                rows.computeIfAbsent(p.on(), d -> new Integer[scales.size()])[column] = p.score();
            }
        }
        List<MeasurementViews.ScaleRow> scaleRows = rows.entrySet().stream()
                .map(e -> new MeasurementViews.ScaleRow(e.getKey(), Arrays.asList(e.getValue()))).toList();

        MeasurementViews.Ladder ladder = catalogue.instruments().stream()
                .filter(i -> i.ladder() && byInstrument.containsKey(i.id())).findFirst()
                .map(i -> new MeasurementViews.Ladder(i, byInstrument.get(i.id()))).orElse(null);

        MeasurementViews.Matrix matrix = catalogue.instruments().stream()
                .filter(i -> i.matrix() && byInstrument.containsKey(i.id())).findFirst()
                .map(i -> matrix(i, byInstrument.get(i.id()))).orElse(null);

        List<MeasurementViews.NoteRow> notes = new ArrayList<>();
        for (int i = points.size() - 1; i >= 0 && notes.size() < 5; i--) {
            Point p = points.get(i);
            if (p.note() != null) {
                InstrumentView instrument = catalogue.byId(p.instrumentId());
                notes.add(new MeasurementViews.NoteRow(p.on(), instrument == null ? null : instrument.code(), p.note()));
            }
        }
        InstrumentView matrixToFill = catalogue.enabled().stream().filter(InstrumentView::matrix).findFirst().orElse(null);
        return new MeasurementViews.Section(clientId, canRecord, matrixToFill, scales, scaleRows, ladder, matrix, notes,
                points.size());
    }

    private static MeasurementViews.Matrix matrix(InstrumentView instrument, List<Point> points) {
        List<Point> columns = points.subList(Math.max(0, points.size() - 4), points.size());
        Point first = points.get(0);
        Point latest = points.get(points.size() - 1);
        List<MeasurementViews.MatrixRow> rows = instrument.domains().stream().map(d -> {
            Integer from = first.domainScores().get(d.id());
            Integer to = latest.domainScores().get(d.id());
            return new MeasurementViews.MatrixRow(d, columns.stream().map(c -> c.domainScores().get(d.id())).toList(),
                    points.size() > 1 && from != null && to != null ? to - from : null);
        }).toList();
        return new MeasurementViews.Matrix(instrument, columns, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attention(Map<Long, String> clients, LocalDate today) {
        List<InstrumentView> rhythmic = catalogue.enabled().stream().filter(i -> i.intervalMonths() != null).toList();
        if (clients.isEmpty() || rhythmic.isEmpty()) {
            return List.of();
        }
        List<Round> open = catalogue.openRounds(today);
        record Last(LocalDate coachingSince, Map<Long, LocalDate> byInstrument, Set<Long> rounds) {
        }
        Map<Long, Last> last = new LinkedHashMap<>();
        jdbc.query("select c.id, coalesce(c.started_on, c.phase_since), m.instrument_id, max(m.measured_on), "
                        + "array_agg(distinct m.round_id) filter (where m.round_id is not null) "
                        + "from v_client_programme c left join measurement m on m.client_id = c.id where c.id in (:ids) "
                        + "and c.phase in ('INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM') "
                        + "group by c.id, c.started_on, c.phase_since, m.instrument_id",
                new MapSqlParameterSource("ids", clients.keySet()),
                rs -> {
                    Last entry = last.get(rs.getLong(1));
                    if (entry == null) {
                        entry = new Last(rs.getObject(2, LocalDate.class), new HashMap<>(), new HashSet<>());
                        last.put(rs.getLong(1), entry);
                    }
                    if (rs.getObject(3) != null) {
                        entry.byInstrument().put(rs.getLong(3), rs.getObject(4, LocalDate.class));
                    }
                    Array rounds = rs.getArray(5);
                    if (rounds != null) {
                        for (Object round : (Object[]) rounds.getArray()) {
                            if (round != null) {
                                entry.rounds().add(((Number) round).longValue());
                            }
                        }
                    }
                });
        List<AttentionItem> items = new ArrayList<>();
        last.forEach((clientId, entry) -> {
            String link = "/clients/" + clientId + "/measurements/new";
            String name = clients.get(clientId);
            boolean roundDue = false;
            for (Round round : open) {
                if (!entry.rounds().contains(round.id())) {
                    roundDue = true;
                    items.add(new AttentionItem(clientId, name, 50, "attention.measurementRound",
                            AttentionItem.arguments(round.name(), round.closesOn()), null, round.closesOn(), link));
                }
            }
            boolean nothingYet = rhythmic.stream().noneMatch(i -> entry.byInstrument().containsKey(i.id()));
            if (nothingYet) {
                if (!roundDue) {
                    items.add(new AttentionItem(clientId, name, 45, "attention.measurementStart",
                            AttentionItem.arguments(entry.coachingSince()), null, entry.coachingSince(), link));
                }
                return;
            }
            // a measurement moment need not ask every instrument: the rhythm runs from the latest of any
            LocalDate latest = rhythmic.stream().map(i -> entry.byInstrument().get(i.id())).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElseThrow();
            LocalDate due = latest.plusMonths(rhythmic.stream().mapToInt(InstrumentView::intervalMonths).min().orElseThrow());
            if (!roundDue && !due.isAfter(today.plusDays(DAYS_AHEAD))) {
                items.add(new AttentionItem(clientId, name, due.isBefore(today) ? 40 : 30, "attention.measurementPeriodic",
                        AttentionItem.arguments(due), null, due, link));
            }
        });
        return items;
    }

    /**
     * Lines for a progress report draft (the caller checked consent): per single-question instrument
     * measured in the period, the latest score then and, when there is one, the first score ever.
     */
    @Transactional(readOnly = true)
    public List<String> reportLines(Long clientId, LocalDate from, LocalDate to, Locale locale) {
        List<Point> points = history(clientId);
        List<String> lines = new ArrayList<>();
        for (InstrumentView instrument : catalogue.instruments()) {
            if (instrument.matrix()) {
                continue;
            }
            List<Point> all = points.stream().filter(p -> p.instrumentId().equals(instrument.id())).toList();
            Point latest = all.stream().filter(p -> !p.on().isBefore(from) && !p.on().isAfter(to))
                    .reduce((a, b) -> b).orElse(null);
            if (latest == null) {
                continue;
            }
            String value = instrument.ladder() ? instrument.label(latest.score(), locale) : latest.score().toString();
            Point first = all.get(0);
            String since = first == latest ? "" : " · " + (instrument.ladder()
                    ? instrument.label(first.score(), locale) : first.score().toString()) + " (" + Dates.date(first.on(), locale) + ")";
            lines.add(instrument.name(locale) + ": " + value + " (" + Dates.date(latest.on(), locale) + ")" + since);
        }
        return lines;
    }

    /** Demo data and imports: a measurement without a gate. */
    public void importMeasurement(Long clientId, String instrumentCode, MeasurementMoment moment, String roundName,
                                  LocalDate on, Integer score, Map<String, Integer> domainScores, String note, Long by) {
        InstrumentView instrument = catalogue.byCode(instrumentCode);
        Long roundId = roundName == null ? null : catalogue.rounds().stream()
                .filter(r -> r.name().equals(roundName)).map(Round::id).findFirst().orElseThrow();
        Map<Long, Integer> scores = new HashMap<>();
        instrument.domains().forEach(d -> {
            if (domainScores.containsKey(d.code())) {
                scores.put(d.id(), domainScores.get(d.code()));
            }
        });
        measurements.save(new Measurement(clientId, instrument.id(), moment, roundId, on, score, scores, note, by,
                clock.instant()));
    }
}
