package nl.waakvlam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds every signed-in request against the account as it stands now (one query by primary key):
 * a deactivated account, or one whose session epoch has moved on (new role, new password, "sign
 * out everywhere else"), loses its session on this very request; a changed name or organisation
 * is taken over. The check lives in the database, so it holds on every application instance.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    private final AccountService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountStandingFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            Optional<AccountService.Standing> standing = accounts.standing(user.id());
            if (standing.isEmpty() || !standing.get().enabled()
                    || standing.get().sessionEpoch() != user.sessionEpoch()) {
                end(request);
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            AccountService.Standing now = standing.get();
            if (now.role() != user.role() || !Objects.equals(now.organisationId(), user.organisationId())
                    || !now.displayName().equals(user.displayName())) {
                replace(user.refreshed(now, now.sessionEpoch()), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request) {
        holder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * Puts a refreshed principal into this request and the session. The factors the session signed in
     * with (password, single sign-on, a second factor) stay: only the role can have changed.
     */
    void replace(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        Authentication current = holder.getContext().getAuthentication();
        if (current != null) {
            current.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance)
                    .forEach(authorities::add);
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
