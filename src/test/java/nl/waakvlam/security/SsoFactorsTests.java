package nl.waakvlam.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SsoFactorsTests {

    static OidcIdToken token(Map<String, Object> claims) {
        OidcIdToken.Builder builder = OidcIdToken.withTokenValue("t").subject("s").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void amrValuesForMoreThanAPasswordReportASecondFactor() {
        for (String method : List.of("mfa", "otp", "hwk", "swk", "sms", "fido", "MFA")) {
            assertThat(SsoFactors.reportsSecondFactor(token(Map.of("amr", List.of("pwd", method))), List.of()))
                    .as(method).isTrue();
        }
    }

    @Test
    void aPasswordOnlyOrNoAmrIsNoSecondFactor() {
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of("amr", List.of("pwd"))), List.of())).isFalse();
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of("amr", List.of("pwd", "face"))), List.of())).isFalse();
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of()), List.of())).isFalse();
    }

    @Test
    void aSingleStringAmrIsReadAsOneMethod() {
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of("amr", "mfa")), List.of())).isTrue();
    }

    @Test
    void anAgreedAcrValueReportsASecondFactorAndOnlyThatValue() {
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of("acr", "gold")), List.of("gold", "2"))).isTrue();
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of("acr", "1")), List.of("gold", "2"))).isFalse();
        assertThat(SsoFactors.reportsSecondFactor(token(Map.of("acr", "gold")), List.of())).isFalse();
    }

    @Test
    void theAuthorityIsAFactor() {
        FactorGrantedAuthority authority = SsoFactors.identityProviderMfa();
        assertThat(authority.getAuthority()).isEqualTo("FACTOR_IDP_MFA").isEqualTo(SsoFactors.IDP_MFA_AUTHORITY);
    }
}
