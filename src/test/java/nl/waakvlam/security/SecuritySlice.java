package nl.waakvlam.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The real security configuration (route rules, CSRF, headers) and the header's menu for controller slice tests
 * ({@code @WebMvcTest}), and signed-in users of each role to send requests as. Lives in the
 * security package because the configuration and the principal's constructor are not public.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, Navigation.class})
public class SecuritySlice {

    private static final Map<Long, CurrentUser> SIGNED_IN = new ConcurrentHashMap<>();

    /** A signed-in user of this role with id {@code id}, as the login would put it in the session. */
    public static RequestPostProcessor as(Role role, long id) {
        return user(principal(role, id));
    }

    public static CurrentUser principal(Role role, long id) {
        CurrentUser user = new CurrentUser(id, role.name().toLowerCase() + id, "", "Test " + role, role,
                role == Role.REFERRER ? 1L : null, true, 0);
        SIGNED_IN.put(id, user);
        return user;
    }

    /**
     * For a slice that replaces {@link AccountService} with a mock: every session of a test user
     * still stands on each request (the per-request check of the real application needs the database).
     */
    public static void everySessionStands(AccountService mock) {
        when(mock.standing(any())).thenAnswer(invocation -> Optional.ofNullable(SIGNED_IN.get(invocation.<Long>getArgument(0)))
                .map(user -> new AccountService.Standing(true, user.role(), user.organisationId(), user.displayName(),
                        user.sessionEpoch())));
    }
}
