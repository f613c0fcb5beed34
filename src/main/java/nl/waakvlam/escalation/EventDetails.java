package nl.waakvlam.escalation;

import java.time.LocalDate;
import java.util.Set;

/**
 * What is recorded about an event. Scale-up and transition fields are used for those types only.
 * {@code backToIntensive} asks to re-escalate the client's phase together with the event.
 */
public record EventDetails(EventType type, LocalDate occurredOn, Set<Long> lifeDomainIds, SignalSource source,
                           String whatHappened, String actionTaken, String outcome, LocalDate followUpOn,
                           Severity severity, boolean significant, Long warningSignId, boolean backToIntensive,
                           Long targetOrganisationId, String careKind, ReferralFormStatus referralFormStatus,
                           LocalDate waitingSince, LocalDate expectedStart, Boolean bridging,
                           Boolean infoExchangeConsent, TransitionType transitionType, String organisationsInvolved,
                           Boolean warmHandover) {
}
