package nl.waakvlam.referral;

import nl.waakvlam.client.ClientAnonymisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Removes the texts of an anonymised client's referral: the reason, what the referrer knew, the
 * decline explanation and advice, the match rationale and the meeting place. Dates, urgency and codes
 * stay for the referral funnel.
 */
@Component
class ReferralAnonymisation implements ClientAnonymisation {

    private final JdbcTemplate jdbc;

    ReferralAnonymisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void anonymise(Long clientId) {
        // a decline explanation becomes the placeholder, not null: v_referral counts a referral without a
        // decline code as declined by its explanation, and the funnel's figures must not change
        jdbc.update("update referral set reason = ?, known_issues = null, decline_reason = case when decline_reason "
                + "is null then null else ? end, decline_advice = null, match_rationale = null, "
                + "start_meeting_place = null where client_id = ?", REMOVED, REMOVED, clientId);
    }
}
