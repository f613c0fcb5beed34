package nl.waakvlam.referral;

import java.time.LocalDateTime;

/** The driegesprek was moved ({@code meetingAt} the new moment) or called off ({@code meetingAt} null). */
public record DriegesprekChanged(Long clientId, Long referrerId, Long coachId, Long coverCoachId,
                                 LocalDateTime meetingAt, String meetingPlace) {
}
