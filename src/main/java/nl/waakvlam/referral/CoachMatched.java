package nl.waakvlam.referral;

import java.time.LocalDateTime;

/**
 * Published when the project leader matches a coach and plans the driegesprek; after commit the
 * coach, the cover coach and the referrer each get an inbox item (and an e-mail without content).
 */
public record CoachMatched(Long clientId, Long referrerId, Long coachId, Long coverCoachId,
                           LocalDateTime meetingAt, String meetingPlace) {
}
