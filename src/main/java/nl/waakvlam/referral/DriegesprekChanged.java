package nl.waakvlam.referral;

import java.time.LocalDateTime;

/**
 * The driegesprek was moved ({@code meetingAt} the new moment) or called off ({@code meetingAt} null);
 * {@code version} is the referral's version after the change, one per change.
 */
public record DriegesprekChanged(Long clientId, Long referrerId, Long coachId, Long coverCoachId,
                                 LocalDateTime meetingAt, String meetingPlace, long version) {
}
