package nl.waakvlam.security;

/**
 * The programme setting whether coaches and referrers must use a second factor. Declared here and
 * implemented by the settings module (which depends on security), read on every request.
 */
public interface SecondFactorSetting {

    boolean requiredForCoachesAndReferrers();
}
