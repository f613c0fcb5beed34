package nl.waakvlam.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/** Successful and failed logins go to the audit trail (never to the application log). */
@Component
class LoginAuditListener {

    private final AuditLog auditLog;

    LoginAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            // Single sign-on: SsoLoginSuccessHandler records it once the account is in the session.
            return;
        }
        // The security context is not populated yet when this event fires.
        var previous = SecurityContextHolder.getContext();
        try {
            SecurityContextHolder.setContext(new SecurityContextImpl(event.getAuthentication()));
            auditLog.recordLogin(event.getAuthentication().getName(), true);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        auditLog.recordLogin(event.getAuthentication().getName(), false);
    }
}
