package nl.waakvlam.client;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The client module's part of the client's data on request: personal details, phases and coaches. */
@Component
class ClientFileRecords implements ClientDataExport {

    private final JdbcTemplate jdbc;

    ClientFileRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClientRecords> records(Long clientId) {
        return List.of(
                ClientRecords.query(jdbc, "personal_details", Map.of("preferred_channel", "contactChannel.",
                                "phase", "phase."),
                        "select c.first_name, c.last_name, c.date_of_birth, c.phone, c.email, c.address, "
                                + "c.preferred_channel, c.living_situation, t.name_nl as track, c.intake_category, "
                                + "c.phase, c.phase_since, o.name as referring_organisation, r.display_name as referrer, "
                                + "co.display_name as coach, cc.display_name as cover_coach, "
                                + "c.expected_school_leaving_date, c.indication, c.own_question, "
                                + "c.preferred_coach_gender, c.preferred_language, c.interests, c.matching_preferences, "
                                + "c.started_on, c.ended_on, c.end_reason, c.aftercare_note, c.rhythm_days, "
                                + "c.rhythm_reason, c.created_at "
                                + "from client c left join v_track t on t.id = c.track_id "
                                + "left join v_organisation o on o.id = c.referring_organisation_id "
                                + "left join v_user r on r.id = c.referrer_id left join v_user co on co.id = c.coach_id "
                                + "left join v_user cc on cc.id = c.cover_coach_id where c.id = ?", clientId),
                ClientRecords.query(jdbc, "phases", Map.of("from_phase", "phase.", "to_phase", "phase.", "reason", ""),
                        "select p.changed_on, p.from_phase, p.to_phase, p.reason, u.display_name as changed_by, "
                                + "p.recorded_at from phase_change p left join v_user u on u.id = p.changed_by "
                                + "where p.client_id = ? order by p.changed_on, p.id", clientId),
                ClientRecords.query(jdbc, "coaches", Map.of("role", "assignmentRole."),
                        "select u.display_name as coach, a.role, a.started_on, a.ended_on, a.note "
                                + "from assignment a left join v_user u on u.id = a.coach_id "
                                + "where a.client_id = ? order by a.started_on, a.id", clientId),
                ClientRecords.query(jdbc, "end_plan", Map.of(),
                        "select p.turn_to, p.agreements, p.check_in_three_months, p.check_in_six_months, "
                                + "p.checked_in_three_at, p.checked_in_six_at, p.updated_at from end_plan p "
                                + "where p.client_id = ?", clientId));
    }
}
