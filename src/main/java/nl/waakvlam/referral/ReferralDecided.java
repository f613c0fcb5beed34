package nl.waakvlam.referral;

/** Published when the project leader accepts or declines a referral; the referrer is told after commit. */
public record ReferralDecided(Long clientId, Long referrerId) {
}
