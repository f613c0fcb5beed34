package nl.waakvlam.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The template engine Spring Boot configures, with caches large enough for every template and
 * expression of the application (Boot has no property for their sizes; the engine's own setter is used).
 *
 * <p>Thymeleaf keeps at most 500 parsed expressions by default, evicting at random beyond that; the
 * templates have about 2,500 distinct expressions and a parsed SpEL expression is a second entry
 * beside its Thymeleaf one. The long client file alone filled the cache, so a busy server parsed the
 * same expressions again and lost their compiled SpEL form with every eviction (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    /** Room for every expression twice over, with margin; entries are small and softly referenced. */
    static final int EXPRESSION_CACHE_SIZE = 20_000;

    /** Every template and every fragment selected from one (a few hundred). */
    static final int TEMPLATE_CACHE_SIZE = 2_000;

    @Bean
    static BeanPostProcessor templateCacheSizes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
                    caches.setTemplateCacheMaxSize(TEMPLATE_CACHE_SIZE);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
