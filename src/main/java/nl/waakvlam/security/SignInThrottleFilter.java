package nl.waakvlam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * In front of the password check: a sign-in for a typed user name or from an address that has
 * failed too often is turned away before any password is compared — with a wait that grows, or a
 * lock of 15 minutes. The answer does not depend on whether the account exists.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AuditLog auditLog;

    SignInThrottleFilter(SignInThrottle throttle, AuditLog auditLog) {
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        SignInThrottle.Verdict verdict = throttle.check(SignInThrottle.accountKey(username),
                SignInThrottle.addressKey(request.getRemoteAddr()));
        if (!verdict.allowed()) {
            auditLog.recordThrottled(username);
            // the wait in whole seconds, so the page can say how long (never more than a minute)
            response.sendRedirect(request.getContextPath() + (verdict.locked() ? "/login?locked"
                    : "/login?wait=" + throttle.secondsToWait(verdict)));
            return;
        }
        chain.doFilter(request, response);
    }
}
