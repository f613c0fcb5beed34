package nl.waakvlam.security;

import nl.waakvlam.support.IntegrationTest;
import nl.waakvlam.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The matching rules of single sign-on against the real accounts table, with the provider's answer
 * given directly (the whole flow against a real provider is {@link SsoLoginIT}). Shared context.
 */
@IntegrationTest
class SsoUserServiceIT {

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TestPeople people;

    @Autowired
    JdbcTemplate jdbc;

    SsoUserService service(Map<String, Object> claims, Map<String, String> settings) {
        Map<String, String> properties = new HashMap<>(settings);
        properties.put("waakvlam.sso.issuer-uri", "https://login.example");
        SsoProperties sso = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("waakvlam.sso", SsoProperties.class);
        OidcUser identity = new DefaultOidcUser(List.of(), SsoFactorsTests.token(claims));
        return new SsoUserService(request -> identity, accountRepository, auditLog, sso);
    }

    SsoUser signIn(Map<String, Object> claims, Map<String, String> settings) {
        return (SsoUser) service(claims, settings).loadUser((OidcUserRequest) null);
    }

    @Test
    void theUserNameMatchesWithoutRegardToCase() {
        UserSummary coach = people.coach();
        SsoUser user = signIn(Map.of("preferred_username", coach.username().toUpperCase()), Map.of());
        assertThat(user.account().id()).isEqualTo(coach.id());
        assertThat(user.account().role()).isEqualTo(Role.COACH);
        assertThat(user.secondFactor()).isFalse();
    }

    @Test
    void theConfiguredClaimNamesTheAccount() {
        UserSummary coach = people.coach();
        SsoUser user = signIn(Map.of("preferred_username", "someone.else", "email", coach.email()),
                Map.of("waakvlam.sso.username-claim", "email"));
        assertThat(user.account().id()).isEqualTo(coach.id());
    }

    @Test
    void anEmailAddressTheProviderHasNotVerifiedNamesNobody() {
        UserSummary coach = people.coach();
        String name = refusedName(Map.of("email", coach.email(), "email_verified", false),
                Map.of("waakvlam.sso.username-claim", "email"));
        assertThat(name).isEqualTo(coach.email());
    }

    @Test
    void anAddressOfTwoActiveAccountsNamesNobody() {
        UserSummary first = people.coach();
        UserSummary second = people.projectLeader();
        String shared = "gedeeld-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        for (UserSummary account : List.of(first, second)) {
            jdbc.update("update user_account set email = ? where id = ?", shared, account.id());
        }
        refusedName(Map.of("preferred_username", shared), Map.of());
    }

    @Test
    void aMissingClaimIsRefusedAndAuditedUnderTheClaimsName() {
        int before = failedLogins("(preferred_username?)");
        assertThat(refusedName(Map.of("email", "x@test.example"), Map.of())).isNull();
        assertThat(failedLogins("(preferred_username?)")).isEqualTo(before + 1);
    }

    @Test
    void anAgreedAcrOrAProviderThatEnforcesASecondFactorCounts() {
        UserSummary coach = people.coach();
        assertThat(signIn(Map.of("preferred_username", coach.username(), "acr", "gold"),
                Map.of("waakvlam.sso.mfa-acr", "gold")).secondFactor()).isTrue();
        assertThat(signIn(Map.of("preferred_username", coach.username()),
                Map.of("waakvlam.sso.provider-enforces-mfa", "true")).secondFactor()).isTrue();
        assertThat(signIn(Map.of("preferred_username", coach.username(), "amr", List.of("pwd", "otp")),
                Map.of()).secondFactor()).isTrue();
    }

    private String refusedName(Map<String, Object> claims, Map<String, String> settings) {
        SsoUserService service = service(claims, settings);
        int accountsBefore = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        Throwable refusal = catchThrowable(
                () -> service.loadUser((OidcUserRequest) null));
        assertThat(refusal).isInstanceOf(SsoAccountRefused.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(accountsBefore);
        return ((SsoAccountRefused) refusal).providerName();
    }

    private int failedLogins(String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and username = ?",
                Integer.class, username);
    }
}
