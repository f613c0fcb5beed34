package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who must show a second factor after the password. Always the project leader and the
 * administrator; coaches and referrers by programme setting ({@code waakvlam.mfa.coaches-and-referrers},
 * default: required). Not when the organisation's identity provider already asked for one
 * ({@link #IDP_FACTOR}). The programme setting lives on {@code /admin/settings} ({@link SecondFactorSetting}). In demo mode the requirement is off so that the two-command start stays
 * easy ({@code waakvlam.mfa.enforced} overrides both ways).
 */
@Component
public class MfaPolicy {

    /** Granted once a TOTP or recovery code has been accepted in this session. */
    public static final String FACTOR = "FACTOR_TOTP";

    /** Granted when the identity provider reports that it asked for a second factor itself. */
    public static final String IDP_FACTOR = SsoFactors.IDP_MFA_AUTHORITY;

    private final boolean enforced;
    private final boolean coachesAndReferrers;
    private final ObjectProvider<SecondFactorSetting> setting;

    public MfaPolicy(DemoMode demoMode, Environment environment, ObjectProvider<SecondFactorSetting> setting) {
        this.enforced = environment.getProperty("waakvlam.mfa.enforced", Boolean.class, !demoMode.isEnabled());
        this.coachesAndReferrers = environment.getProperty("waakvlam.mfa.coaches-and-referrers", Boolean.class, true);
        this.setting = setting;
    }

    public boolean enforced() {
        return enforced;
    }

    public boolean requiredFor(Role role) {
        if (!enforced) {
            return false;
        }
        return switch (role) {
            case PROJECT_LEADER, ADMIN, BACKOFFICE, MONITOR -> true;
            // a client may add one on their account page; a password of their own is what is asked
            case CLIENT -> false;
            case COACH, REFERRER -> {
                // the administrator's programme setting where there is one, else the configuration
                SecondFactorSetting programme = setting.getIfAvailable();
                yield programme == null ? coachesAndReferrers : programme.requiredForCoachesAndReferrers();
            }
        };
    }

    /** For the authorization rules: does this sign-in still need the second factor? */
    public boolean required(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            if (IDP_FACTOR.equals(authority.getAuthority())) {
                return false;
            }
        }
        // a second factor someone added of their own accord (a client, a coach where the programme
        // does not require one) is asked as well: otherwise adding it would protect nothing
        return requiredFor(user.role()) || (enforced && user.secondFactor());
    }
}
