package nl.waakvlam.security;

import io.micrometer.core.instrument.MeterRegistry;
import nl.waakvlam.shared.operations.CommittedCounter;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Successful and failed logins go to the audit trail (never to the application log); failures
 * also count towards the sign-in throttle.
 */
@Component
class LoginAuditListener {

    private final AuditLog auditLog;
    private final SignInThrottle throttle;
    private final CommittedCounter failed;

    LoginAuditListener(AuditLog auditLog, SignInThrottle throttle, MeterRegistry meters) {
        this.auditLog = auditLog;
        this.throttle = throttle;
        this.failed = new CommittedCounter(meters, "waakvlam.sign.ins.failed",
                "Failed sign-ins (wrong or unknown name or password, refused single sign-on)");
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

    /** Every failure counts against the typed name and the address; the tenth for a name locks it. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        failed.increment();
        auditLog.recordLogin(username, false);
        SignInThrottle.Failure failure = throttle.recordFailure(SignInThrottle.accountKey(username),
                SignInThrottle.Policy.ACCOUNT);
        if (failure.lockedNow()) {
            auditLog.recordLocked(username);
        }
        throttle.recordFailure(SignInThrottle.addressKey(sourceAddress()), SignInThrottle.Policy.ADDRESS);
    }

    private static String sourceAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
