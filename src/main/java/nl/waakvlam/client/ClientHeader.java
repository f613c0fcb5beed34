package nl.waakvlam.client;

import java.time.LocalDate;

/**
 * What another module needs to know about a client it acts on, after the visibility policy
 * admitted the user: who it is, the phase, the coaches and the effective contact rhythm.
 */
public record ClientHeader(Long id, String fullName, Phase phase, LocalDate phaseSince, LocalDate coachingSince,
                           Long coachId, Long coverCoachId, Long referrerId, Integer rhythmDays, ClientAccess access,
                           long version) {

    public boolean coached() {
        return Phase.COACHED.contains(phase);
    }

    public boolean isCoach() {
        return access == ClientAccess.FULL || access == ClientAccess.COVER;
    }
}
