/**
 * The way into the programme: the referral (aanmelding) by a referrer or the project leader, the
 * intake decision (accept, or decline with reason and advice), the matching shortlist and the
 * driegesprek that starts the intake; {@code /referrals} and {@code /intake}. A referral becomes a
 * client through the client module's {@link nl.waakvlam.client.ClientAdmissions}; the referral
 * itself (reason, urgency, decision, match rationale) stays here and appears on the client file as
 * a section.
 */
@ApplicationModule(displayName = "Referral and intake",
        allowedDependencies = {"shared", "security", "organisation", "reference", "coach", "client", "notification"})
package nl.waakvlam.referral;

import org.springframework.modulith.ApplicationModule;
