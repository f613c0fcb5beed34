package nl.waakvlam.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * After a single sign-on: the session holds the matched account as a {@link CurrentUser}, exactly
 * as after a password sign-in, so every page, the per-request account check and the audit trail
 * treat both alike. Its authorities are the role and the factors: {@code FACTOR_AUTHORIZATION_CODE},
 * and {@link SsoFactors#IDP_MFA_AUTHORITY} when the provider vouched for a second factor. Then the
 * same steps as after a password sign-in (last login, preferred language, the role's home).
 */
class SsoLoginSuccessHandler implements AuthenticationSuccessHandler {

    private final AuthenticationSuccessHandler afterSignIn;
    private final AuditLog auditLog;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SsoLoginSuccessHandler(AuthenticationSuccessHandler afterSignIn, AuditLog auditLog) {
        this.afterSignIn = afterSignIn;
        this.auditLog = auditLog;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof SsoUser ssoUser)) {
            throw new IllegalStateException("single sign-on without a matched account");
        }
        Authentication signedIn = signedIn(ssoUser, authentication);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        auditLog.recordLogin(ssoUser.account().getUsername(), true);
        afterSignIn.onAuthenticationSuccess(request, response, signedIn);
    }

    static Authentication signedIn(SsoUser ssoUser, Authentication byProvider) {
        List<GrantedAuthority> authorities = new ArrayList<>(ssoUser.account().getAuthorities());
        Collection<? extends GrantedAuthority> granted = byProvider.getAuthorities();
        granted.stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        if (authorities.stream().noneMatch(a -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(a.getAuthority()))) {
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
        }
        if (ssoUser.secondFactor()) {
            authorities.add(SsoFactors.identityProviderMfa());
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                ssoUser.account(), null, authorities);
        signedIn.setDetails(byProvider.getDetails());
        return signedIn;
    }
}
