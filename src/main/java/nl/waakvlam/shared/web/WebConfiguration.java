package nl.waakvlam.shared.web;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.webjars.WebJarVersionLocator;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Dutch by default; {@code ?lang=en} switches and is remembered in a cookie. The application
 * clock is Europe/Amsterdam because "today" for a coach is a Dutch day.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("waakvlam-lang");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /**
     * The WebJars the pages link to without a version ({@code /webjars/bootstrap/css/…}), served from
     * the versioned folder found once at start-up. Spring's resource chain would do the same lookup
     * per request, and would also run every link a page writes through
     * {@code ResourceUrlEncodingFilter} with a classpath search for each one that is not a static
     * file; with a few hundred links on a caseload page that made the page several times slower
     * under load. The chain is therefore off ({@code spring.web.resources.chain.enabled=false}).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        WebJarVersionLocator locator = new WebJarVersionLocator();
        for (String webJar : WEB_JARS) {
            String version = locator.version(webJar);
            if (version == null) {
                throw new IllegalStateException("WebJar not on the classpath: " + webJar);
            }
            registry.addResourceHandler("/webjars/" + webJar + "/**")
                    .addResourceLocations("classpath:/META-INF/resources/webjars/" + webJar + "/" + version + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)));
        }
    }

    /** The WebJars the templates use. */
    static final List<String> WEB_JARS = List.of("bootstrap", "chart.js");

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }

    /**
     * {@code @PastOrPresent} and friends judge dates by the application clock. Bean Validation
     * otherwise uses the JVM's zone (UTC on a server), so between midnight in Amsterdam and
     * midnight UTC a coach entering today's date was told it lies in the future.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
