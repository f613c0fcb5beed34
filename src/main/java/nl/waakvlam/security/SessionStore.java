package nl.waakvlam.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How sessions are written to and read from PostgreSQL.
 *
 * <p>Two requests of one session at the same moment (two tabs, a double click, a load test sharing
 * a sign-in) may both add the same session attribute — the flash message of a redirect, for one.
 * Spring Session's plain {@code INSERT} then fails the second with a duplicate key and the user gets a
 * server error; PostgreSQL's upsert lets the last write win instead, as it would in a session held in
 * memory. Set after the repository is built: a {@code SessionRepositoryCustomizer} is not enough,
 * because Boot's own customizer sets the table name, which rebuilds every query from the defaults.
 *
 * <p>Spring Session's filter reads the session again right after saving it at the end of every
 * request, only to compare its id with the one the browser sent (spring-session#1731): a second
 * statement, transaction and deserialisation of the security context per request. The repository
 * answers that read with the session it has just saved on this thread. What it remembers lives for
 * one request at most: {@link JustSavedReset} forgets it before and after every request, and any
 * other read, save or delete forgets it too.
 *
 * <p>The filter also moves the session's last access to "now" on every request, and the repository
 * writes that with its own transaction ({@code UPDATE SPRING_SESSION}): one write per page view, for
 * a time that only decides when an idle session expires. When nothing else about the session changed
 * and the stored last access is less than {@link #LAST_ACCESS_WRITE_INTERVAL} old, the save is left
 * out: an idle session then expires at most that interval earlier than its 30 minutes. Whether
 * anything else changed is read from the library's own change record (package-private, so by
 * reflection); if that cannot be read, every save goes through as before.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    static final String CREATE_OR_REPLACE_ATTRIBUTE = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** The session this thread saved last, until the next call on the repository or the end of the request. */
    private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

    /** A save that would only move the last access forward by less than this is left out. */
    static final Duration LAST_ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

    /** The session as this thread's request read it from the store, until the end of the request. */
    private static final ThreadLocal<Stored> READ = new ThreadLocal<>();

    private record Stored(String id, Instant lastAccessedTime, Duration maxInactiveInterval) {

        static Stored of(Session session) {
            return new Stored(session.getId(), session.getLastAccessedTime(), session.getMaxInactiveInterval());
        }
    }

    @Bean
    static BeanPostProcessor concurrentAttributeWrites() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository repository) {
                    repository.setCreateSessionAttributeQuery(CREATE_OR_REPLACE_ATTRIBUTE);
                    // a subclass proxy, so that everything typed on the repository class still takes it
                    ProxyFactory proxy = new ProxyFactory(repository);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((MethodInterceptor) SessionStore::readBackFromMemory);
                    return proxy.getProxy(repository.getClass().getClassLoader());
                }
                return bean;
            }
        };
    }

    static Object readBackFromMemory(MethodInvocation invocation) throws Throwable {
        String method = invocation.getMethod().getName();
        Object[] arguments = invocation.getArguments();
        Session saved = JUST_SAVED.get();
        JUST_SAVED.remove();
        if (method.equals("findById") && arguments.length == 1 && saved != null
                && saved.getId().equals(arguments[0]) && !saved.isExpired()) {
            return saved;
        }
        Session saving = method.equals("save") && arguments.length == 1 && arguments[0] instanceof Session session
                ? session : null;
        if (saving != null && onlyLastAccessMovedALittle(saving)) {
            JUST_SAVED.set(saving);
            return null;
        }
        Object result = invocation.proceed();
        if (saving != null) {
            JUST_SAVED.set(saving);
            READ.set(Stored.of(saving));
        } else if (method.equals("findById") && result instanceof Session found) {
            READ.set(Stored.of(found));
        } else if (method.startsWith("delete")) {
            READ.remove();
        }
        return result;
    }

    /** True if saving would change nothing but a last access less than the interval after the stored one. */
    static boolean onlyLastAccessMovedALittle(Session session) {
        Stored read = READ.get();
        return read != null
                && read.id().equals(session.getId())
                && read.maxInactiveInterval().equals(session.getMaxInactiveInterval())
                && !session.getLastAccessedTime().isBefore(read.lastAccessedTime())
                && Duration.between(read.lastAccessedTime(), session.getLastAccessedTime())
                        .compareTo(LAST_ACCESS_WRITE_INTERVAL) < 0
                && ChangeRecord.nothingButTimesChanged(session);
    }

    /**
     * Reads Spring Session JDBC's record of what changed in a session: whether it is new and which
     * attributes were added, changed or removed. Only its {@code JdbcSession} keeps one; for any other
     * session, or if the library no longer has these methods, the answer is "something changed".
     */
    static final class ChangeRecord {

        private static final ClassValue<Method[]> METHODS = new ClassValue<>() {
            @Override
            protected Method[] computeValue(Class<?> type) {
                try {
                    Method isNew = type.getDeclaredMethod("isNew");
                    Method delta = type.getDeclaredMethod("getDelta");
                    isNew.setAccessible(true);
                    delta.setAccessible(true);
                    return new Method[] {isNew, delta};
                } catch (ReflectiveOperationException | RuntimeException unknown) {
                    return new Method[0];
                }
            }
        };

        private ChangeRecord() {
        }

        static boolean nothingButTimesChanged(Session session) {
            Method[] methods = METHODS.get(session.getClass());
            if (methods.length == 0) {
                return false;
            }
            try {
                return Boolean.FALSE.equals(methods[0].invoke(session))
                        && methods[1].invoke(session) instanceof Map<?, ?> delta && delta.isEmpty();
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return false;
            }
        }
    }

    /** Forgets the saved session around every request (and error dispatch), outside Spring Session's filter. */
    @Bean
    FilterRegistrationBean<JustSavedReset> justSavedReset() {
        FilterRegistrationBean<JustSavedReset> registration = new FilterRegistrationBean<>(new JustSavedReset());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    static class JustSavedReset extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            JUST_SAVED.remove();
            READ.remove();
            try {
                chain.doFilter(request, response);
            } finally {
                JUST_SAVED.remove();
                READ.remove();
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
