package nl.waakvlam.dashboard;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static nl.waakvlam.dashboard.DashboardQueries.doubleOrNull;

/**
 * The monitor report's figures in eight statements, over the published views only: referrals,
 * events, goals and feedback agreements in one; contacts and minutes per phase and coach in one
 * ({@code GROUPING SETS}); minutes per life domain; the paired scores (the dashboard's statements);
 * confirmed avoided costs; the questionnaires' answers; the selected stories.
 */
@Component
class MonitorQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final DashboardQueries dashboard;

    MonitorQueries(NamedParameterJdbcTemplate jdbc, DashboardQueries dashboard) {
        this.jdbc = jdbc;
        this.dashboard = dashboard;
    }

    /** A monitoring round's window. */
    record Round(Long id, String name, LocalDate opensOn, LocalDate closesOn) {
    }

    /** Every round, oldest first. */
    @Transactional(readOnly = true)
    List<Round> rounds() {
        return jdbc.query("select id, name, opens_on, closes_on from v_monitoring_round order by opens_on, id",
                new MapSqlParameterSource(), (rs, i) -> new Round(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
    }

    /** One client's contacts and minutes in the period, for the project leader's own follow-up. */
    record ClientTime(Long clientId, String client, long contacts, long minutes, long months, long clientInitiated) {
    }

    /** Every client with a contact in the period, by name: contacts, minutes, months with minutes. */
    @Transactional(readOnly = true)
    List<ClientTime> timePerClient(LocalDate from, LocalDate to) {
        MapSqlParameterSource p = dashboard.params(new DashboardFilter(from, to, null, null, null));
        return jdbc.query("select c.id, c.first_name || ' ' || c.last_name, count(*), coalesce(sum(m.duration_minutes), 0), "
                        + "count(distinct to_char(m.occurred_at at time zone 'Europe/Amsterdam', 'YYYY-MM')) "
                        + "filter (where m.duration_minutes is not null), count(*) filter (where m.initiated_by = 'CLIENT') "
                        + "from v_contact_moment m join v_client_programme c on c.id = m.client_id "
                        + "where m.occurred_at >= :fromTs and m.occurred_at < :toTs "
                        + "group by c.id, c.first_name, c.last_name order by c.last_name, c.first_name, c.id", p,
                (rs, i) -> new ClientTime(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
    }

    @Transactional(readOnly = true)
    MonitorFigures figures(LocalDate from, LocalDate to, Long roundId, String roundName) {
        DashboardFilter whole = new DashboardFilter(from, to, null, null, null);
        MapSqlParameterSource p = dashboard.params(whole).addValue("round", roundId);

        Object[] flows = jdbc.queryForObject("select r.referrals, r.declined, r.days, e.prevented, e.scale_ups, "
                + "e.bridged, e.days_bridged, e.waiting, e.scale_downs, e.relapses, e.signals, e.crises, g.achieved, "
                + "f.agreements, f.overdue from "
                + "(select count(*) as referrals, count(*) filter (where declined) as declined, "
                + "percentile_cont(0.5) within group (order by extract(epoch from start_meeting_at "
                + "- (submitted_at at time zone 'Europe/Amsterdam')) / 86400) filter (where start_meeting_at is not null) as days "
                + "from v_referral where submitted_at >= :fromTs and submitted_at < :toTs) r, "
                + "(select count(*) filter (where type = 'ESCALATION_PREVENTED') as prevented, "
                + "count(*) filter (where type = 'SCALE_UP') as scale_ups, "
                + "count(*) filter (where type = 'SCALE_UP' and bridging) as bridged, "
                + "coalesce(sum(least(coalesce(closed_on, :to), :to) - coalesce(waiting_since, occurred_on)) "
                + "filter (where type = 'SCALE_UP' and bridging), 0) as days_bridged, "
                + "avg(least(coalesce(closed_on, :to), :to) - coalesce(waiting_since, occurred_on)) "
                + "filter (where type = 'SCALE_UP') as waiting, "
                + "count(*) filter (where type = 'SCALE_DOWN') as scale_downs, count(*) filter (where type = 'RELAPSE') as relapses, "
                + "count(*) filter (where type = 'SIGNAL') as signals, count(*) filter (where type = 'CRISIS') as crises "
                + "from v_client_event where occurred_on between :from and :to) e, "
                + "(select count(*) as achieved from v_goal where status = 'ACHIEVED' and updated_at >= :fromTs "
                + "and updated_at < :toTs) g, "
                + "(select count(*) as agreements, count(*) filter (where a.next_due < least(:to, current_date)) as overdue "
                + "from v_feedback_agreement a join v_client_programme c on c.id = a.client_id where"
                + DashboardQueries.COACHED + ") f", p,
                (rs, i) -> new Object[]{rs.getLong(1), rs.getLong(2), doubleOrNull(rs, 3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), doubleOrNull(rs, 8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15)});

        // contacts and minutes: all of the period, per (current) phase and per coach, in one pass
        long[] totals = new long[5];
        long[] directMinutes = new long[1];
        List<MonitorFigures.TimeRow> byPhase = new ArrayList<>();
        List<MonitorFigures.TimeRow> byCoach = new ArrayList<>();
        jdbc.query("select grouping(c.phase), grouping(m.coach_id), c.phase, u.display_name, count(*), "
                + "count(*) filter (where m.initiated_by = 'CLIENT'), coalesce(sum(m.duration_minutes), 0), "
                + "count(m.duration_minutes), count(distinct m.client_id || '/' || to_char(m.occurred_at at time zone "
                + "'Europe/Amsterdam', 'YYYY-MM')) filter (where m.duration_minutes is not null), "
                + "coalesce(sum(m.duration_minutes) filter (where m.time_kind = 'DIRECT'), 0) "
                + "from v_contact_moment m join v_client_programme c on c.id = m.client_id "
                + "left join v_user u on u.id = m.coach_id "
                + "where m.occurred_at >= :fromTs and m.occurred_at < :toTs "
                + "group by grouping sets ((), (c.phase), (m.coach_id, u.display_name)) order by 1, 2, 4, 3", p, rs -> {
                    boolean allPhases = rs.getInt(1) == 1;
                    boolean allCoaches = rs.getInt(2) == 1;
                    if (allPhases && allCoaches) {
                        totals[0] = rs.getLong(5);
                        totals[1] = rs.getLong(6);
                        totals[2] = rs.getLong(7);
                        totals[3] = rs.getLong(8);
                        totals[4] = rs.getLong(9);
                        directMinutes[0] = rs.getLong(10);
                    } else if (allCoaches) {
                        byPhase.add(new MonitorFigures.TimeRow(rs.getString(3), null, rs.getLong(5),
                                rs.getLong(7), rs.getLong(6)));
                    } else {
                        String coach = rs.getString(4) == null ? "" : rs.getString(4);
                        byCoach.add(new MonitorFigures.TimeRow(coach, null, rs.getLong(5), rs.getLong(7), rs.getLong(6)));
                    }
                });

        List<MonitorFigures.TimeRow> byDomain = jdbc.query("select d.name_nl, d.name_en, count(*), "
                + "coalesce(sum(m.duration_minutes), 0), count(*) filter (where m.initiated_by = 'CLIENT') "
                + "from v_contact_moment m cross join unnest(m.life_domain_ids) as ld(id) "
                + "join v_life_domain d on d.id = ld.id where m.occurred_at >= :fromTs and m.occurred_at < :toTs "
                + "group by d.id, d.name_nl, d.name_en, d.sort_order order by d.sort_order", p,
                (rs, i) -> new MonitorFigures.TimeRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)));

        List<DashboardFigures.InstrumentResult> instruments = dashboard.instrumentResults(p, whole);
        List<DashboardFigures.DomainChange> domains = dashboard.matrixChanges(p);

        List<MonitorFigures.CostRow> costs = jdbc.query("select a.name_nl, a.name_en, a.source, count(*), "
                + "sum(a.confirmed_amount) from v_avoided_cost a join v_client_event e on e.id = a.event_id "
                + "where a.status = 'CONFIRMED' and e.occurred_on between :from and :to "
                + "group by a.kind_id, a.name_nl, a.name_en, a.source order by a.name_nl", p,
                (rs, i) -> new MonitorFigures.CostRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));

        // a round's answers by the round; without a round, the answers given in the period
        String answered = roundId != null ? "a.round_id = :round"
                : "a.submitted_at >= :fromTs and a.submitted_at < :toTs";
        List<MonitorFigures.QuestionResult> questions = jdbc.query("select q.audience, q.code, q.kind, q.theme, "
                + "q.text_nl, q.text_en, q.choices_nl, q.choices_en, count(a.question_id), avg(a.score), "
                + "array_agg(a.choice) filter (where a.choice is not null), count(*) filter (where a.in_words) "
                + "from v_questionnaire_question q left join v_questionnaire_answer a on a.question_id = q.id and "
                + answered + " group by q.id, q.audience, q.code, q.kind, q.theme, q.text_nl, q.text_en, q.choices_nl, "
                + "q.choices_en, q.sort_order, q.active having q.active or count(a.question_id) > 0 "
                + "order by case q.audience when 'CLIENT' then 0 when 'REFERRER' then 1 else 2 end, q.sort_order, q.id", p,
                (rs, i) -> {
                    String choicesNl = rs.getString(7);
                    long[] counts = new long[choicesNl == null ? 0 : choicesNl.split("\\|").length];
                    Array chosen = rs.getArray(11);
                    if (chosen != null) {
                        boolean several = "MULTI".equals(rs.getString(3));
                        for (Object c : (Object[]) chosen.getArray()) {
                            int value = ((Number) c).intValue();
                            for (int index = 0; index < counts.length; index++) {
                                // one answer is a position; more answers are the positions' bits
                                if (several ? (value & (1 << index)) != 0 : value == index) {
                                    counts[index]++;
                                }
                            }
                        }
                    }
                    return new MonitorFigures.QuestionResult(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), choicesNl, rs.getString(8), rs.getLong(9),
                            doubleOrNull(rs, 10), counts, rs.getLong(12));
                });

        List<MonitorFigures.StoryText> stories = jdbc.query("select title, body from v_story "
                + "where proposed_at >= :fromTs and proposed_at < :toTs order by decided_at, id", p,
                (rs, i) -> new MonitorFigures.StoryText(rs.getString(1), rs.getString(2)));

        return new MonitorFigures(from, to, roundId, roundName,
                new MonitorFigures.Connection((Long) flows[0], (Long) flows[1], (Double) flows[2], (Long) flows[13],
                        (Long) flows[14]),
                new MonitorFigures.SelfReliance(instruments, domains, (Long) flows[12], totals[0], totals[1]),
                new MonitorFigures.Prevention((Long) flows[3], costs),
                new MonitorFigures.Signalling((Long) flows[4], (Long) flows[5], (Long) flows[6], (Double) flows[7],
                        (Long) flows[8], (Long) flows[9], (Long) flows[10], (Long) flows[11]),
                new MonitorFigures.TimeSpent(totals[2], totals[3], totals[4], directMinutes[0], byPhase, byCoach, byDomain),
                questions, stories);
    }
}
