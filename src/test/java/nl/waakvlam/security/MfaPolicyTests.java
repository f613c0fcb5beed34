package nl.waakvlam.security;

import nl.waakvlam.shared.DemoMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MfaPolicyTests {

    static MfaPolicy policy(String... properties) {
        MockEnvironment environment = new MockEnvironment().withProperty("waakvlam.demo.enabled", "false");
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return new MfaPolicy(new DemoMode(environment), environment, none());
    }

    static ObjectProvider<SecondFactorSetting> none() {
        return new StaticListableBeanFactory().getBeanProvider(SecondFactorSetting.class);
    }

    @Test
    void theAdministratorsProgrammeSettingWinsOverTheConfiguration() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("setting", (SecondFactorSetting) () -> false);
        MockEnvironment environment = new MockEnvironment().withProperty("waakvlam.demo.enabled", "false");
        MfaPolicy policy = new MfaPolicy(new DemoMode(environment), environment,
                beans.getBeanProvider(SecondFactorSetting.class));
        assertThat(policy.required(signedIn(Role.COACH))).isFalse();
        assertThat(policy.required(signedIn(Role.PROJECT_LEADER))).isTrue();
    }

    static UsernamePasswordAuthenticationToken signedIn(Role role, String... factors) {
        CurrentUser user = new CurrentUser(1L, "iemand", null, "Iemand", role, null, true, 0);
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        for (String factor : factors) {
            authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Test
    void aSecondFactorAddedOfOnesOwnAccordIsAskedAsWell() {
        CurrentUser client = new CurrentUser(2L, "eigen", null, "Eigen", Role.CLIENT, null, true, 0, true);
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(client, null,
                List.of(new SimpleGrantedAuthority(Role.CLIENT.authority()),
                        FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        assertThat(policy().required(signedIn)).isTrue();
        CurrentUser coach = new CurrentUser(3L, "coach", null, "Coach", Role.COACH, null, true, 0, true);
        MfaPolicy relaxed = policy("waakvlam.mfa.coaches-and-referrers", "false");
        assertThat(relaxed.required(UsernamePasswordAuthenticationToken.authenticated(coach, null,
                List.of(new SimpleGrantedAuthority(Role.COACH.authority()))))).isTrue();
    }

    @Test
    void requiredForLeadersAndAdministratorsAndByDefaultForEveryone() {
        MfaPolicy policy = policy();
        for (Role role : Role.staff()) {
            assertThat(policy.required(signedIn(role, FactorGrantedAuthority.PASSWORD_AUTHORITY))).isTrue();
        }
        // a client's own account may add a second factor, and is not made to
        assertThat(policy.required(signedIn(Role.CLIENT, FactorGrantedAuthority.PASSWORD_AUTHORITY))).isFalse();
        MfaPolicy relaxed = policy("waakvlam.mfa.coaches-and-referrers", "false");
        assertThat(relaxed.required(signedIn(Role.COACH))).isFalse();
        assertThat(relaxed.required(signedIn(Role.REFERRER))).isFalse();
        assertThat(relaxed.required(signedIn(Role.PROJECT_LEADER))).isTrue();
        assertThat(relaxed.required(signedIn(Role.ADMIN))).isTrue();
    }

    @Test
    void notAskedAgainWhenTheIdentityProviderAskedForASecondFactor() {
        assertThat(policy().required(signedIn(Role.PROJECT_LEADER, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY,
                SsoFactors.IDP_MFA_AUTHORITY))).isFalse();
        assertThat(policy().required(signedIn(Role.PROJECT_LEADER, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)))
                .isTrue();
    }

    @Test
    void offInDemoModeUnlessSwitchedOn() {
        MockEnvironment demo = new MockEnvironment().withProperty("waakvlam.demo.enabled", "true");
        assertThat(new MfaPolicy(new DemoMode(demo), demo, none()).required(signedIn(Role.ADMIN))).isFalse();
        demo.setProperty("waakvlam.mfa.enforced", "true");
        assertThat(new MfaPolicy(new DemoMode(demo), demo, none()).required(signedIn(Role.ADMIN))).isTrue();
    }
}
