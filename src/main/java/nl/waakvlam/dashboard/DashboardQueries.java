package nl.waakvlam.dashboard;

import nl.waakvlam.client.CaseloadWeights;
import nl.waakvlam.client.ContactRhythm;
import nl.waakvlam.client.Phase;
import nl.waakvlam.shared.Bilingual;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's figures, one SQL statement each, aggregated in PostgreSQL. Reads only the views
 * the other modules publish ({@code v_…}, declared in their own migrations) and never writes. Every query applies the same client filter (track, referrer
 * organisation, coach); flows (referrals, contacts, events, handovers) also the period.
 */
@Component
class DashboardQueries {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String CLIENT_FILTER = " (cast(:track as bigint) is null or c.track_id = :track) "
            + "and (cast(:organisation as bigint) is null or c.referring_organisation_id = :organisation) "
            + "and (cast(:coach as bigint) is null or c.coach_id = :coach) ";
    /** How many waiting clients the dashboard lists (the longest-waiting first). */
    static final int WAITING_LIST = 50;
    static final String COACHED = " c.phase in ('INTAKE', 'INTENSIVE', 'SCALING_DOWN', 'WAAKVLAM') ";

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseloadWeights weights;
    private final ContactRhythm rhythm;

    DashboardQueries(NamedParameterJdbcTemplate jdbc, CaseloadWeights weights, ContactRhythm rhythm) {
        this.jdbc = jdbc;
        this.weights = weights;
        this.rhythm = rhythm;
    }

    @Transactional(readOnly = true)
    DashboardFigures figures(DashboardFilter filter) {
        MapSqlParameterSource p = params(filter);
        // Plans for these parameters, not one plan for all: the driver prepares a statement on the server
        // after a few uses, and PostgreSQL then settles on a generic plan that cannot see whether a
        // filter is set or how long the period is (a week and three years want different plans). Under
        // load, 20 users each asking another filter: 21 requests per second with generic plans, 28.5
        // with a plan per request (docs/performance.md). For this transaction only.
        jdbc.getJdbcOperations().execute("set local plan_cache_mode = force_custom_plan");

        Map<Phase, Long> phaseCounts = new EnumMap<>(Phase.class);
        jdbc.query("select c.phase, count(*) from v_client_programme c where" + CLIENT_FILTER + "group by c.phase", p,
                rs -> {
                    phaseCounts.put(Phase.valueOf(rs.getString(1)), rs.getLong(2));
                });
        List<DashboardFigures.PhaseRow> phases = Arrays.stream(Phase.values())
                .map(ph -> new DashboardFigures.PhaseRow(ph, phaseCounts.getOrDefault(ph, 0L))).toList();

        DashboardFigures.Funnel funnel = jdbc.queryForObject("select count(*), "
                + "count(*) filter (where r.decided_at is not null and not r.declined), "
                + "count(*) filter (where r.declined), count(*) filter (where r.matched_at is not null), "
                + "count(*) filter (where c.started_on is not null), "
                + "percentile_cont(0.5) within group (order by extract(epoch from r.decided_at - r.submitted_at) / 86400) "
                + "filter (where r.decided_at is not null), "
                + "percentile_cont(0.5) within group (order by extract(epoch from r.matched_at - r.decided_at) / 86400) "
                + "filter (where r.matched_at is not null and r.decided_at is not null), "
                + "percentile_cont(0.5) within group (order by (c.started_on - (r.matched_at at time zone 'Europe/Amsterdam')::date)) "
                + "filter (where c.started_on is not null and r.matched_at is not null) "
                + "from v_referral r join v_client_programme c on c.id = r.client_id "
                + "where r.submitted_at >= :fromTs and r.submitted_at < :toTs and" + CLIENT_FILTER, p,
                (rs, i) -> new DashboardFigures.Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), doubleOrNull(rs, 6), doubleOrNull(rs, 7), doubleOrNull(rs, 8)));

        List<DashboardFigures.CaseloadRow> caseload = jdbc.query("select u.display_name, cp.max_caseload, "
                + "count(c.id), coalesce(sum(case c.phase when 'INTAKE' then :wIntake when 'INTENSIVE' then :wIntensive "
                + "when 'SCALING_DOWN' then :wScaling when 'WAAKVLAM' then :wWaakvlam else 0 end), 0), u.id "
                + "from v_user u join v_coach_capacity cp on cp.coach_id = u.id "
                + "left join v_client_programme c on c.coach_id = u.id and" + COACHED
                + "and (cast(:track as bigint) is null or c.track_id = :track) "
                + "and (cast(:organisation as bigint) is null or c.referring_organisation_id = :organisation) "
                + "where u.role = 'COACH' and u.enabled and (cast(:coach as bigint) is null or u.id = :coach) "
                + "group by u.id, u.display_name, cp.max_caseload order by u.display_name", p,
                (rs, i) -> new DashboardFigures.CaseloadRow(rs.getLong(5), rs.getString(1), rs.getLong(3), rs.getLong(4),
                        rs.getInt(2)));

        // the newest reached contact per coached client from the per-client summary the contact module
        // keeps (v_contact_last_reached), not a probe of the contacts per client
        long[] flames = jdbc.queryForObject("select count(*), count(*) filter (where current_date - coalesce("
                + "(l.occurred_at at time zone 'Europe/Amsterdam')::date, least(coalesce(c.started_on, c.phase_since), c.phase_since)) "
                + "> coalesce(c.rhythm_days, case c.phase when 'INTAKE' then :rIntake when 'INTENSIVE' then :rIntensive "
                + "when 'SCALING_DOWN' then :rScaling else :rWaakvlam end)) "
                + "from v_client_programme c left join v_contact_last_reached l on l.client_id = c.id "
                + "where" + COACHED + "and" + CLIENT_FILTER,
                p, (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});

        long[] feedback = jdbc.queryForObject("select count(*), count(*) filter (where a.next_due < current_date) "
                + "from v_feedback_agreement a join v_client_programme c on c.id = a.client_id where" + COACHED + "and" + CLIENT_FILTER,
                p, (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});

        // contacts per week and the direct/indirect minutes from the per-day summary the contact module
        // keeps (v_contact_day: a few rows per day and coach, not every contact); the minutes are summed
        // over the weeks here
        long[] minutes = new long[2];
        // summed per day first and then per week (the week of each of the period's ~100 days, not of each
        // of its ~10,000 summary rows), in integers rather than numerics: 7.4 to 5.4 ms for three months
        List<DashboardFigures.WeekRow> weeks = jdbc.query("select date_trunc('week', d.day)::date as week, "
                + "sum(d.reached), sum(d.attempts), sum(d.direct), sum(d.indirect) from (select s.day, "
                + "sum(s.reached::int) as reached, sum(s.attempts::int) as attempts, sum(s.direct_minutes::int) as direct, "
                + "sum(s.indirect_minutes::int) as indirect from v_contact_day s where s.day between :from and :to "
                + "and (cast(:track as bigint) is null or s.track_id = :track) "
                + "and (cast(:organisation as bigint) is null or s.organisation_id = :organisation) "
                + "and (cast(:coach as bigint) is null or s.coach_id = :coach) group by s.day) d "
                + "group by 1 having sum(d.reached) + sum(d.attempts) > 0 order by 1", p,
                (rs, i) -> {
                    minutes[0] += rs.getLong(4);
                    minutes[1] += rs.getLong(5);
                    return new DashboardFigures.WeekRow(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3));
                });

        // without a track, organisation or coach chosen no client needs joining: on a large programme the
        // join of every event of a long period with every client is most of this statement's time
        // counted per day and type first, then per month: the month of each day rather than of each event
        // (three years: 37-51 to 15 ms)
        List<DashboardFigures.EventMonth> eventMonths = jdbc.query("select date_trunc('month', d.occurred_on)::date, d.type, "
                + "sum(d.n)::bigint from (select e.occurred_on, e.type, count(*) as n from v_client_event e"
                + clientJoin(filter, "e") + " where e.occurred_on between :from and :to " + clientWhere(filter)
                + "group by 1, 2) d group by 1, 2 order by 1, 2", p,
                (rs, i) -> new DashboardFigures.EventMonth(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3)));
        Map<String, Long> perType = new HashMap<>();
        eventMonths.forEach(e -> perType.merge(e.type(), e.events(), Long::sum));
        List<DashboardFigures.EventRow> eventTypes = perType.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new DashboardFigures.EventRow(e.getKey(), e.getValue())).toList();

        List<DashboardFigures.DestinationRow> destinations = jdbc.query("select o.name, count(*) from v_client_event e "
                + "join v_client_programme c on c.id = e.client_id join v_organisation o on o.id = e.target_organisation_id "
                + "where e.type = 'SCALE_UP' and e.occurred_on between :from and :to and" + CLIENT_FILTER
                + "group by o.name order by count(*) desc, o.name", p,
                (rs, i) -> new DashboardFigures.DestinationRow(rs.getString(1), rs.getLong(2)));

        // the longest-waiting open scale-ups by client, with the totals over all of them in the same statement
        record WaitingRow(DashboardFigures.WaitingClient client, DashboardFigures.OpenScaleUps totals) {
        }
        List<WaitingRow> waiting = jdbc.query("select c.id, c.first_name || ' ' || c.last_name, o.name, "
                + "coalesce(e.waiting_since, e.occurred_on), current_date - coalesce(e.waiting_since, e.occurred_on), e.bridging, "
                + "count(*) over (), count(*) filter (where e.bridging) over (), "
                + "avg(current_date - coalesce(e.waiting_since, e.occurred_on)) over (), "
                + "max(current_date - coalesce(e.waiting_since, e.occurred_on)) over () "
                + "from v_client_event e join v_client_programme c on c.id = e.client_id left join v_organisation o on o.id = e.target_organisation_id "
                + "where e.type = 'SCALE_UP' and e.closed_on is null and" + CLIENT_FILTER
                + "order by 4, c.id limit " + WAITING_LIST, p,
                (rs, i) -> new WaitingRow(new DashboardFigures.WaitingClient(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getBoolean(6)),
                        new DashboardFigures.OpenScaleUps(rs.getLong(7), rs.getLong(8), doubleOrNull(rs, 9), rs.getLong(10),
                                List.of())));
        DashboardFigures.OpenScaleUps totals = waiting.isEmpty()
                ? new DashboardFigures.OpenScaleUps(0, 0, null, null, List.of()) : waiting.get(0).totals();
        DashboardFigures.OpenScaleUps open = new DashboardFigures.OpenScaleUps(totals.open(), totals.bridged(),
                totals.averageWaitingDays(), totals.longestWaitingDays(), waiting.stream().map(WaitingRow::client).toList());

        // the first day in waakvlam per client from the client module's summary (v_client_first_waakvlam)
        Object[] waakvlam = jdbc.queryForObject("select avg(w.first_on - c.started_on), count(*) "
                + "from v_client_programme c join v_client_first_waakvlam w on w.client_id = c.id "
                + "where c.started_on is not null and" + CLIENT_FILTER, p,
                (rs, i) -> new Object[]{doubleOrNull(rs, 1), rs.getLong(2)});

        DashboardFigures.Continuity continuity = jdbc.queryForObject("select "
                + "(select avg((current_date - a.started_on) / 30.0) from v_assignment a join v_client_programme c on c.id = a.client_id "
                + "where a.role = 'PRIMARY' and a.ended_on is null and" + COACHED + "and" + CLIENT_FILTER + "), "
                + "(select count(*) from v_assignment a join v_client_programme c on c.id = a.client_id where a.role = 'PRIMARY' "
                + "and a.started_on between :from and :to and exists (select 1 from v_assignment b where b.client_id = a.client_id "
                + "and b.role = 'PRIMARY' and b.id <> a.id and b.started_on <= a.started_on) and" + CLIENT_FILTER + ")", p,
                (rs, i) -> new DashboardFigures.Continuity(doubleOrNull(rs, 1), rs.getLong(2)));

        List<DashboardFigures.InstrumentResult> instruments = instrumentResults(p, filter);

        List<DashboardFigures.LadderRung> ladder = jdbc.query("with ranked as (select m.client_id, m.score, "
                + "row_number() over (partition by m.client_id order by m.measured_on, m.id) as f, "
                + "row_number() over (partition by m.client_id order by m.measured_on desc, m.id desc) as l "
                + "from v_measurement m join v_instrument i on i.id = m.instrument_id and i.kind = 'LADDER' "
                + "join v_client_programme c on c.id = m.client_id where m.measured_on <= :to and" + CLIENT_FILTER + ") "
                + "select lv.score, lv.label_nl, lv.label_en, count(r.client_id) filter (where r.f = 1), "
                + "count(r.client_id) filter (where r.l = 1) from v_instrument_level lv join v_instrument i on i.id = lv.instrument_id "
                + "and i.kind = 'LADDER' left join ranked r on r.score = lv.score and (r.f = 1 or r.l = 1) "
                + "group by lv.score, lv.label_nl, lv.label_en order by lv.score", p,
                (rs, i) -> new DashboardFigures.LadderRung(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));

        List<DashboardFigures.DomainChange> matrix = matrixChanges(p);

        List<DashboardFigures.RoundRow> rounds = jdbc.query("select r.id, r.name, r.opens_on, r.closes_on, "
                + "count(distinct m.client_id) from v_monitoring_round r left join v_measurement m on m.round_id = r.id "
                + "and m.client_id in (select c.id from v_client_programme c where" + CLIENT_FILTER + ") "
                + "group by r.id, r.name, r.opens_on, r.closes_on order by r.opens_on", p,
                (rs, i) -> new DashboardFigures.RoundRow(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5)));

        return new DashboardFigures(phases, funnel, caseload, flames[1], flames[0], feedback[1], feedback[0], weeks,
                minutes[0], minutes[1], eventTypes, destinations, open, (Double) waakvlam[0], (Long) waakvlam[1],
                continuity, eventMonths, instruments, ladder, matrix, rounds);
    }

    /** The join with the client that the filter needs, or none when no client attribute is chosen. */
    static String clientJoin(DashboardFilter filter, String alias) {
        return filter.hasClientFilter() ? " join v_client_programme c on c.id = " + alias + ".client_id" : "";
    }

    /** The client filter's condition after a {@code where}, or nothing. */
    static String clientWhere(DashboardFilter filter) {
        return filter.hasClientFilter() ? " and" + CLIENT_FILTER : " ";
    }

    /** The filter as the statements' parameters (period as dates and instants, phase weights and rhythms). */
    MapSqlParameterSource params(DashboardFilter filter) {
        return new MapSqlParameterSource()
                .addValue("track", filter.trackId()).addValue("organisation", filter.organisationId())
                .addValue("coach", filter.coachId())
                .addValue("from", filter.from()).addValue("to", filter.to())
                .addValue("fromTs", Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()))
                .addValue("toTs", Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()))
                .addValue("wIntake", weights.weightOf(Phase.INTAKE)).addValue("wIntensive", weights.weightOf(Phase.INTENSIVE))
                .addValue("wScaling", weights.weightOf(Phase.SCALING_DOWN)).addValue("wWaakvlam", weights.weightOf(Phase.WAAKVLAM))
                .addValue("rIntake", rhythm.defaultFor(Phase.INTAKE)).addValue("rIntensive", rhythm.defaultFor(Phase.INTENSIVE))
                .addValue("rScaling", rhythm.defaultFor(Phase.SCALING_DOWN)).addValue("rWaakvlam", rhythm.defaultFor(Phase.WAAKVLAM));
    }

    /** Per single-question instrument: first and latest score per client, paired, up to the period's end. */
    List<DashboardFigures.InstrumentResult> instrumentResults(MapSqlParameterSource p, DashboardFilter filter) {
        // the latest score up to the period's end is the one measurement per client and instrument whose
        // next one is after that day, with the client's first score on the same row (the measurement
        // module's v_measurement_course): read, not sorted and grouped per request
        return jdbc.query("select i.code, i.kind, i.name_nl, i.name_en, count(*), count(*) filter (where k.position > 1), "
                + "avg(k.first_score) filter (where k.position > 1), avg(k.score) filter (where k.position > 1), "
                + "avg(k.score - k.first_score) filter (where k.position > 1), "
                + "count(*) filter (where k.position > 1 and k.score > k.first_score), "
                + "count(*) filter (where k.position > 1 and k.score = k.first_score), "
                + "count(*) filter (where k.position > 1 and k.score < k.first_score), avg(k.score) "
                + "from v_measurement_course k" + clientJoin(filter, "k") + " join v_instrument i on i.id = k.instrument_id "
                + "where k.measured_on <= :to and (k.next_on is null or k.next_on > :to) " + clientWhere(filter)
                + "group by i.id, i.code, i.kind, i.name_nl, i.name_en, i.sort_order order by i.sort_order", p,
                (rs, i) -> new DashboardFigures.InstrumentResult(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getLong(6), doubleOrNull(rs, 7), doubleOrNull(rs, 8),
                        doubleOrNull(rs, 9), rs.getLong(10), rs.getLong(11), rs.getLong(12), doubleOrNull(rs, 13)));
    }

    /** Per ZRM domain: clients scored at least twice, their first and latest score, up to the period's end. */
    List<DashboardFigures.DomainChange> matrixChanges(MapSqlParameterSource p) {
        return jdbc.query("with ranked as (select m.client_id, s.domain_id, s.score, "
                + "row_number() over (partition by m.client_id, s.domain_id order by m.measured_on, m.id) as f, "
                + "row_number() over (partition by m.client_id, s.domain_id order by m.measured_on desc, m.id desc) as l "
                + "from v_measurement_score s join v_measurement m on m.id = s.measurement_id join v_client_programme c on c.id = m.client_id "
                + "where m.measured_on <= :to and" + CLIENT_FILTER + "), pairs as (select client_id, domain_id, "
                + "max(score) filter (where f = 1) as first, max(score) filter (where l = 1) as latest from ranked "
                + "group by client_id, domain_id having count(*) > 1) "
                + "select d.name_nl, d.name_en, count(p.client_id), avg(p.first), avg(p.latest), avg(p.latest - p.first) "
                + "from v_instrument_domain d join v_instrument i on i.id = d.instrument_id and i.kind = 'MATRIX' "
                + "left join pairs p on p.domain_id = d.id group by d.id, d.name_nl, d.name_en, d.sort_order "
                + "having count(p.client_id) > 0 order by d.sort_order", p,
                (rs, i) -> new DashboardFigures.DomainChange(rs.getString(1), rs.getString(2), rs.getLong(3),
                        doubleOrNull(rs, 4), doubleOrNull(rs, 5), doubleOrNull(rs, 6)));
    }

    static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    /** A monitoring round's name and window. */
    record RoundWindow(String name, LocalDate opensOn, LocalDate closesOn) {
    }

    @Transactional(readOnly = true)
    Optional<RoundWindow> round(Long id) {
        return jdbc.query("select name, opens_on, closes_on from v_monitoring_round where id = :id",
                new MapSqlParameterSource("id", id), (rs, i) -> new RoundWindow(rs.getString(1),
                        rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))).stream().findFirst();
    }

    /** Options for the filter controls (tracks, referrer organisations, coaches, rounds); one statement. */
    @Transactional(readOnly = true)
    List<Option> options() {
        List<Option> options = new ArrayList<>();
        jdbc.query("select 'track' as kind, id, name_nl as name, name_en from v_track where active "
                + "union all select 'organisation', o.id, o.name, null from v_organisation o where exists "
                + "(select 1 from v_client_programme c where c.referring_organisation_id = o.id) "
                + "union all select 'coach', u.id, u.display_name, null from v_user u where u.role = 'COACH' "
                + "union all select 'round', r.id, r.name, null from v_monitoring_round r "
                + "order by 1, 3", new MapSqlParameterSource(),
                rs -> {
                    options.add(new Option(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        return options;
    }

    /** One option of a filter control. */
    /** A filter choice; only tracks have a name of their own in English ({@code nameEn}, else null). */
    record Option(String kind, Long id, String name, String nameEn) {

        public String label(Locale locale) {
            return nameEn == null ? name : Bilingual.pick(locale, name, nameEn);
        }
    }
}
