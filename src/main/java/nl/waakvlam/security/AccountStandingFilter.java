package nl.waakvlam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds every signed-in request against the account as it stands now (one query by primary key):
 * a deactivated account, or one whose session epoch has moved on (new role, new password, "sign
 * out everywhere else"), loses its session on this very request; a changed name or organisation
 * is taken over; and a session ends 12 hours after sign-in however busy it was. The check lives in
 * the database, so it holds on every application instance.
 */
class AccountStandingFilter extends OncePerRequestFilter {

    /** The session attribute with the moment of sign-in, for the absolute session lifetime. */
    static final String SIGNED_IN_AT = "waakvlam.signedInAt";

    private final AccountService accounts;
    private final Duration lifetime;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    AccountStandingFilter(AccountService accounts, Duration lifetime) {
        this.accounts = accounts;
        this.lifetime = lifetime;
    }

    /** Style sheets, scripts and images carry no rights: no query for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
                || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            Optional<AccountService.Standing> standing = accounts.standing(user.id());
            if (standing.isEmpty() || !standing.get().enabled()
                    || standing.get().sessionEpoch() != user.sessionEpoch() || tooOld(request)) {
                end(request);
                response.sendRedirect(request.getContextPath() + "/login?ended");
                return;
            }
            AccountService.Standing now = standing.get();
            if (now.role() != user.role() || !Objects.equals(now.organisationId(), user.organisationId())
                    || !now.displayName().equals(user.displayName())) {
                SessionPrincipal.replace(user.refreshed(now, now.sessionEpoch()), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** An idle timeout alone would let a busy session live for ever: sessions also end 12 hours after sign-in. */
    private boolean tooOld(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object signedInAt = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        return signedInAt instanceof Instant at && at.plus(lifetime).isBefore(Instant.now());
    }

    private void end(HttpServletRequest request) {
        holder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
