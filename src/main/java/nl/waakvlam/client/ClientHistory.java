package nl.waakvlam.client;

import nl.waakvlam.shared.JsonLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The short histories the client file shows about one client, read in one statement: its phase
 * changes, its coach assignments and the accesses for need that hold now, each as a JSON array.
 * The header, the timeline, the escalation chart and the access banner each ask for a part; within a
 * page they share the one read.
 */
@Component
class ClientHistory {

    record PhaseRow(Long id, Phase fromPhase, Phase toPhase, LocalDate changedOn, String reason, Long changedBy,
                    Instant recordedAt) {
    }

    record AssignmentRow(Long coachId, AssignmentRole role, LocalDate startedOn, LocalDate endedOn, String note,
                         boolean handover, boolean handoverUnread) {
    }

    record GrantRow(Long id, Long clientId, Long userId, NeedCategory category, String reason, Instant grantedAt,
                    Instant expiresAt) {
    }

    /** Phase changes and assignments newest first; the accesses that hold, the longest first. */
    record Rows(List<PhaseRow> phases, List<AssignmentRow> assignments, List<GrantRow> grants) {
    }

    private static final String SQL = """
            select
              (select coalesce(json_agg(json_build_object('id', p.id, 'fromPhase', p.from_phase,
                                                          'toPhase', p.to_phase, 'changedOn', p.changed_on,
                                                          'reason', p.reason, 'changedBy', p.changed_by,
                                                          'recordedAt', p.recorded_at)
                                        order by p.changed_on desc, p.id desc), '[]')
               from phase_change p where p.client_id = ?) as phases,
              (select coalesce(json_agg(json_build_object('coachId', a.coach_id, 'role', a.role,
                                                          'startedOn', a.started_on, 'endedOn', a.ended_on,
                                                          'note', a.note,
                                                          'handover', a.previous_coach_id is not null,
                                                          'handoverUnread', a.previous_coach_id is not null
                                                              and a.handover_read_at is null)
                                        order by a.started_on desc, a.id desc), '[]')
               from assignment a where a.client_id = ?) as assignments,
              (select coalesce(json_agg(json_build_object('id', g.id, 'clientId', g.client_id, 'userId', g.user_id,
                                                          'category', g.category, 'reason', g.reason,
                                                          'grantedAt', g.granted_at,
                                                          'expiresAt', g.expires_at)
                                        order by g.expires_at desc, g.id desc), '[]')
               from access_for_need g where g.client_id = ? and g.expires_at > ?) as grants
            """;

    private final JdbcTemplate jdbc;
    private final JsonLists json;
    private final Clock clock;

    ClientHistory(JdbcTemplate jdbc, JsonLists json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Rows of(Long clientId) {
        return jdbc.queryForObject(SQL,
                (rs, n) -> new Rows(json.read(rs, "phases", PhaseRow.class),
                        json.read(rs, "assignments", AssignmentRow.class), json.read(rs, "grants", GrantRow.class)),
                clientId, clientId, clientId, Timestamp.from(clock.instant()));
    }
}
