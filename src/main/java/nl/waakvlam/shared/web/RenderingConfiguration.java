package nl.waakvlam.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * How pages render, set on what Spring Boot configures: its view resolver creates {@link RenderingView}s,
 * and its message source is fronted by {@link KeptMessages}.
 */
@Configuration(proxyBeanMethods = false)
class RenderingConfiguration {

    @Bean
    static BeanPostProcessor renderingSetup() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(RenderingView.class);
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return "messageSource".equals(beanName) && bean instanceof MessageSource source
                        && !(bean instanceof KeptMessages) ? new KeptMessages(source) : bean;
            }
        };
    }
}
