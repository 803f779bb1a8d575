package io.beacon.gateway.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Puts the bearer-token check in front of every webhook endpoint; actuator probes stay open for the orchestrator. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String WEBHOOK_PATHS = "/webhooks/*";

    @Bean
    WebhookTokens webhookTokens(WebhookTokenProperties properties) {
        return new WebhookTokens(properties.tokens());
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(
            WebhookTokens tokens,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problemResolver) {
        var registration = new FilterRegistrationBean<>(new BearerTokenFilter(tokens, problemResolver));
        registration.addUrlPatterns(WEBHOOK_PATHS);
        return registration;
    }
}
