package nl.waakvlam.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the signed-in principal of this request and its session: a refreshed account (new name,
 * organisation, session epoch) or a second factor just shown. The factors this session has already
 * shown (password, single sign-on, second factor) stay.
 */
final class SessionPrincipal {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SessionPrincipal() {
    }

    static void replace(CurrentUser user, HttpServletRequest request, HttpServletResponse response,
                        GrantedAuthority... extra) {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        Authentication current = holder.getContext().getAuthentication();
        if (current != null) {
            current.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)
                    .forEach(authorities::add);
        }
        authorities.addAll(List.of(extra));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        holder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
