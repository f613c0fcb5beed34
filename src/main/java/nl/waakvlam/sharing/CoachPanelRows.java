package nl.waakvlam.sharing;

import nl.waakvlam.shared.JsonLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the coach's sharing panel of one client file shows, read in one statement: the feedback
 * agreements, the consents and the progress reports with who has read each, every list as a JSON
 * array read into the rows below.
 */
@Component
class CoachPanelRows {

    record AgreementRow(Long id, Long referrerId, FeedbackFrequency frequency, String topics, FeedbackChannel channel,
                        LocalDate madeOn, LocalDate nextDue, long version) {
    }

    record ConsentRow(Long id, RecipientType recipientType, Long recipientUserId, Long recipientOrganisationId,
                      String recipientName, boolean scopeReports, boolean scopeEvents, boolean scopeGoals,
                      ObtainedHow obtainedHow, LocalDate givenOn, Long recordedBy, LocalDate withdrawnOn) {
    }

    /** A report with the users who have read it, in the order they read it. */
    record ReportRow(Long id, LocalDate periodFrom, LocalDate periodTo, ReportStatus status, int versionNo,
                     Instant releasedAt, List<Long> readBy) {
    }

    /** Agreements in the order they were made, consents and reports newest first. */
    record Rows(List<AgreementRow> agreements, List<ConsentRow> consents, List<ReportRow> reports) {
    }

    private static final String SQL = """
            select
              (select coalesce(json_agg(json_build_object('id', a.id, 'referrerId', a.referrer_id,
                                                          'frequency', a.frequency, 'topics', a.topics,
                                                          'channel', a.channel, 'madeOn', a.made_on,
                                                          'nextDue', a.next_due, 'version', a.version)
                                        order by a.id), '[]')
               from feedback_agreement a where a.client_id = ?) as agreements,
              (select coalesce(json_agg(json_build_object('id', c.id, 'recipientType', c.recipient_type,
                                                          'recipientUserId', c.recipient_user_id,
                                                          'recipientOrganisationId', c.recipient_organisation_id,
                                                          'recipientName', c.recipient_name,
                                                          'scopeReports', c.scope_reports,
                                                          'scopeEvents', c.scope_events,
                                                          'scopeGoals', c.scope_goals,
                                                          'obtainedHow', c.obtained_how, 'givenOn', c.given_on,
                                                          'recordedBy', c.recorded_by,
                                                          'withdrawnOn', c.withdrawn_on)
                                        order by c.given_on desc, c.id desc), '[]')
               from consent c where c.client_id = ?) as consents,
              (select coalesce(json_agg(json_build_object('id', r.id, 'periodFrom', r.period_from,
                                                          'periodTo', r.period_to, 'status', r.status,
                                                          'versionNo', r.version_no,
                                                          'releasedAt', r.released_at,
                                                          'readBy', coalesce((select json_agg(rr.user_id
                                                                                      order by rr.read_at, rr.user_id)
                                                                              from report_read rr
                                                                              where rr.report_id = r.id), '[]'))
                                        order by r.period_to desc, r.id desc), '[]')
               from progress_report r where r.client_id = ?) as reports
            """;

    private final JdbcTemplate jdbc;
    private final JsonLists json;

    CoachPanelRows(JdbcTemplate jdbc, JsonLists json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Rows of(Long clientId) {
        return jdbc.queryForObject(SQL, (rs, n) -> new Rows(json.read(rs, "agreements", AgreementRow.class),
                        json.read(rs, "consents", ConsentRow.class), json.read(rs, "reports", ReportRow.class)),
                clientId, clientId, clientId);
    }
}
