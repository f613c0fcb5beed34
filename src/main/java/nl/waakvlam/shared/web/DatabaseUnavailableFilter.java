package nl.waakvlam.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Answers 503 with the translated page ({@code error/503}) when the database cannot be reached,
 * wherever the request met it: in the session store (before anything else), in the account check that
 * runs before the controllers, in a controller or while a page was written. It sits outside every other
 * filter but the request id, so that no stack trace and no 500 reaches the user while PostgreSQL
 * restarts; once the database is back the connection pool reconnects and the next request is served as
 * usual. The page's language comes from {@code ?lang=} or the language cookie, never from the session,
 * which lives in the unreachable database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Seconds after which a browser or proxy may try again. */
    static final String RETRY_AFTER = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ApplicationContext context;

    DatabaseUnavailableFilter(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.causedBy(failure)) {
                throw failure;
            }
            // the exception's message may quote a statement's parameters; its type is enough here
            log.warn("Database unreachable: {} answered 503 ({})", request.getRequestURI(),
                    failure.getClass().getSimpleName());
            if (response.isCommitted()) {
                return;
            }
            try {
                render(request, response);
            } catch (Exception renderFailure) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /** Also the error dispatch of a failure that happened elsewhere. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws Exception {
        Locale locale = locale(request);
        if (context instanceof WebApplicationContext web) {
            request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, web);
        }
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        View view = context.getBean("thymeleafViewResolver", ViewResolver.class).resolveViewName("error/503", locale);
        if (view == null) {
            throw new IllegalStateException("template error/503 missing");
        }
        view.render(Map.of(), request, response);
    }

    private Locale locale(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if ("en".equals(asked) || "nl".equals(asked)) {
            return Locale.forLanguageTag(asked);
        }
        return context.getBean(LocaleResolver.class).resolveLocale(request);
    }
}
