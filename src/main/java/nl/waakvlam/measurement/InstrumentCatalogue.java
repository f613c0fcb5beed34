package nl.waakvlam.measurement;

import nl.waakvlam.shared.Bilingual;
import nl.waakvlam.shared.DataVersions;
import nl.waakvlam.shared.KeptValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The instruments with their labels and domains, and the monitoring rounds, held in memory: pages
 * read them on every request and they change only when the administrator switches an instrument
 * or the project leader adds a round (both call {@link #refresh()} in their transaction, which every
 * application instance notices on its next request, see {@link KeptValue}).
 */
@Component
public class InstrumentCatalogue {

    private final JdbcTemplate jdbc;
    private final KeptValue<Snapshot> snapshot;

    InstrumentCatalogue(JdbcTemplate jdbc, DataVersions versions) {
        this.jdbc = jdbc;
        this.snapshot = versions.keep("instruments", this::read);
    }

    /** A value label in both languages. */
    public record Label(String nl, String en) {

        public String text(Locale locale) {
            return Bilingual.pick(locale, nl, en);
        }
    }

    /** A domain of a matrix instrument. */
    public record Domain(Long id, String code, String nameNl, String nameEn) {

        public String name(Locale locale) {
            return Bilingual.pick(locale, nameNl, nameEn);
        }
    }

    /** An instrument as configured. */
    public record InstrumentView(Long id, String code, InstrumentKind kind, String nameNl, String nameEn,
                                 String questionNl, String questionEn, int min, int max, Integer intervalMonths,
                                 boolean enabled, boolean licensed, long version, Map<Integer, Label> levels,
                                 List<Domain> domains) {

        public String name(Locale locale) {
            return Bilingual.pick(locale, nameNl, nameEn);
        }

        public String question(Locale locale) {
            String question = Bilingual.pick(locale, questionNl, questionEn);
            return question == null ? name(locale) : question;
        }

        /** The label of a score, or null when the score has none (the middle of a 1–10 scale). */
        public String label(int score, Locale locale) {
            Label label = levels.get(score);
            return label == null ? null : label.text(locale);
        }

        public List<Integer> scores() {
            return IntStream.rangeClosed(min, max).boxed().toList();
        }

        public boolean matrix() {
            return kind == InstrumentKind.MATRIX;
        }

        public boolean ladder() {
            return kind == InstrumentKind.LADDER;
        }
    }

    /** A monitoring round. */
    public record Round(Long id, String name, LocalDate opensOn, LocalDate closesOn) {

        public boolean isOpen(LocalDate today) {
            return !today.isBefore(opensOn) && !today.isAfter(closesOn);
        }
    }

    record Snapshot(List<InstrumentView> instruments, List<Round> rounds) {
    }

    /** All instruments, switched on or off, in their display order. */
    public List<InstrumentView> instruments() {
        return load().instruments();
    }

    public List<InstrumentView> enabled() {
        return instruments().stream().filter(InstrumentView::enabled).toList();
    }

    public InstrumentView byId(Long id) {
        return instruments().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    public InstrumentView byCode(String code) {
        return instruments().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    /** Monitoring rounds, newest window first. */
    public List<Round> rounds() {
        return load().rounds();
    }

    public Round round(Long id) {
        return rounds().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public List<Round> openRounds(LocalDate today) {
        return rounds().stream().filter(r -> r.isOpen(today)).toList();
    }

    /** Forget the kept catalogue on every instance; the next read loads it again. */
    public void refresh() {
        snapshot.forget();
    }

    private Snapshot load() {
        return snapshot.get();
    }

    private Snapshot read() {
        Map<Long, Map<Integer, Label>> levels = new LinkedHashMap<>();
        jdbc.query("select instrument_id, score, label_nl, label_en from instrument_level order by instrument_id, score",
                rs -> {
                    levels.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getInt(2), new Label(rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<Domain>> domains = new LinkedHashMap<>();
        jdbc.query("select instrument_id, id, code, name_nl, name_en from instrument_domain order by instrument_id, sort_order",
                rs -> {
                    domains.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Domain(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        List<InstrumentView> instruments = jdbc.query("select id, code, kind, name_nl, name_en, question_nl, question_en, "
                        + "min_score, max_score, interval_months, enabled, licensed, version from instrument order by sort_order",
                (rs, i) -> new InstrumentView(rs.getLong(1), rs.getString(2), InstrumentKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
                        (Integer) rs.getObject(10), rs.getBoolean(11), rs.getBoolean(12), rs.getLong(13),
                        Map.copyOf(levels.getOrDefault(rs.getLong(1), Map.of())),
                        List.copyOf(domains.getOrDefault(rs.getLong(1), List.of()))));
        List<Round> rounds = jdbc.query("select id, name, opens_on, closes_on from monitoring_round order by opens_on desc, id desc",
                (rs, i) -> new Round(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)));
        return new Snapshot(List.copyOf(instruments), List.copyOf(rounds));
    }
}
