package nl.waakvlam.referral;

import java.util.List;

/**
 * A coach on the matching shortlist with the score and the reasons behind it. The score orders the
 * list; the project leader sees the fit in words ({@link #fit()}) and the reasons, never a number.
 */
public record CoachCandidate(Long coachId, String name, int score, int weightedLoad, int maxCaseload,
                             List<MatchReason> reasons) {

    /** How well the coach fits, in words: GOOD, FAIR or POOR (message keys {@code match.fit.*}). */
    public String fit() {
        if (score >= 30) {
            return "GOOD";
        }
        return score >= 0 ? "FAIR" : "POOR";
    }
}
