package nl.waakvlam.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.util.WebUtils;

import java.util.List;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request while the sessions
 * live in PostgreSQL (Spring Session JDBC): the session's id, which a browser carries in the
 * {@code SESSION} cookie, is also kept in the MockHttpSession of a MockMvc request, and read from it
 * when the request has no cookie. An ended session invalidates the MockHttpSession, as the container
 * would. Requests through the real server (the browser journeys) use the cookie alone.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

    static final String SESSION_ID = MockMvcSessions.class.getName() + ".id";

    @Bean
    static BeanPostProcessor mockMvcSessionIds(ObjectProvider<CookieSerializer> serializer) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepositoryFilter<?> filter) {
                    CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
                    serializer.ifAvailable(cookies::setCookieSerializer);
                    filter.setHttpSessionIdResolver(new Resolver(cookies));
                }
                return bean;
            }
        };
    }

    private record Resolver(HttpSessionIdResolver cookies) implements HttpSessionIdResolver {

        @Override
        public List<String> resolveSessionIds(HttpServletRequest request) {
            List<String> ids = cookies.resolveSessionIds(request);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (!ids.isEmpty() || mock == null) {
                return ids;
            }
            HttpSession session = mock.getSession(false);
            Object id = session == null ? null : session.getAttribute(SESSION_ID);
            return id instanceof String known ? List.of(known) : List.of();
        }

        @Override
        public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
            cookies.setSessionId(request, response, sessionId);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            if (mock != null) {
                mock.getSession(true).setAttribute(SESSION_ID, sessionId);
            }
        }

        @Override
        public void expireSession(HttpServletRequest request, HttpServletResponse response) {
            cookies.expireSession(request, response);
            MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
            HttpSession session = mock == null ? null : mock.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
    }
}
