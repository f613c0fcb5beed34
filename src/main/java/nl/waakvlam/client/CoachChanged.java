package nl.waakvlam.client;

/** The project leader gave a client another primary coach; published in the same transaction. */
public record CoachChanged(Long clientId, Long previousCoachId, Long newCoachId, Long referrerId) {
}
