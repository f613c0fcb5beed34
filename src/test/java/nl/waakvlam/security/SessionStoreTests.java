package nl.waakvlam.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session repository answers the read that follows a save on the same thread from memory, once,
 * and only for that session; the filter around each request forgets it.
 */
class SessionStoreTests {

    /** Counts the reads that reach the store. */
    static class CountingRepository extends MapSessionRepository {
        int reads;

        CountingRepository() {
            super(new HashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            return super.findById(id);
        }
    }

    private final CountingRepository store = new CountingRepository();
    private final MapSessionRepository repository = proxied(store);

    private static MapSessionRepository proxied(CountingRepository target) {
        ProxyFactory proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) SessionStore::readBackFromMemory);
        return (MapSessionRepository) proxy.getProxy();
    }

    @Test
    void theReadRightAfterASaveOfThatSessionIsAnsweredFromMemoryOnce() {
        MapSession session = repository.createSession();
        repository.save(session);

        Session again = repository.findById(session.getId());
        assertThat(again).isSameAs(session);
        assertThat(store.reads).isZero();

        repository.findById(session.getId());
        assertThat(store.reads).isEqualTo(1);
    }

    @Test
    void anotherSessionOrAnExpiredOneIsReadFromTheStore() {
        MapSession saved = repository.createSession();
        repository.save(saved);
        MapSession other = repository.createSession();
        store.save(other);
        repository.findById(other.getId());
        assertThat(store.reads).isEqualTo(1);

        MapSession expired = repository.createSession();
        expired.setMaxInactiveInterval(Duration.ofMinutes(1));
        expired.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        repository.save(expired);
        assertThat(repository.findById(expired.getId())).isNull();
        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void theFilterAroundEachRequestForgetsWhatWasSavedBeforeIt() throws Exception {
        MapSession session = repository.createSession();
        repository.save(session); // a save not followed by a read (a brand-new session, say)
        Map<String, Integer> readsInRequest = new HashMap<>();
        FilterChain chain = (request, response) -> {
            repository.findById(session.getId());
            readsInRequest.put("reads", store.reads);
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionStore.JustSavedReset().doFilter(new MockHttpServletRequest(), response, chain);

        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        assertThat(readsInRequest).containsEntry("reads", 1);
    }
}
