package nl.waakvlam.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The real security configuration (route rules, CSRF, headers) for controller slice tests
 * ({@code @WebMvcTest}), and signed-in users of each role to send requests as. Lives in the
 * security package because the configuration and the principal's constructor are not public.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class SecuritySlice {

    /** A signed-in user of this role with id {@code id}, as the login would put it in the session. */
    public static RequestPostProcessor as(Role role, long id) {
        return user(principal(role, id));
    }

    public static CurrentUser principal(Role role, long id) {
        return new CurrentUser(id, role.name().toLowerCase() + id, "", "Test " + role, role,
                role == Role.REFERRER ? 1L : null, true);
    }
}
