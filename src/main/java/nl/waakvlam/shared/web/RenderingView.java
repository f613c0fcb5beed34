package nl.waakvlam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.util.Map;
import java.util.Set;

/** A Thymeleaf view that renders against a {@link RenderingRequest}. */
public class RenderingView extends ThymeleafView {

    @Override
    protected void renderFragment(Set<String> markupSelectors, Map<String, ?> model, HttpServletRequest request,
                                  HttpServletResponse response) throws Exception {
        super.renderFragment(markupSelectors, model, new RenderingRequest(request), response);
    }

    /** Makes the view resolver Spring Boot configures create {@link RenderingView}s. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static BeanPostProcessor renderingViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(RenderingView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
