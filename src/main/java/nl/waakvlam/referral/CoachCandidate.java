package nl.waakvlam.referral;

import java.util.List;

/** A coach on the matching shortlist with the score and the reasons behind it. */
public record CoachCandidate(Long coachId, String name, int score, int weightedLoad, int maxCaseload,
                             List<MatchReason> reasons) {
}
