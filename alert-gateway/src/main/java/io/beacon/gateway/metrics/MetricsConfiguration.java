package io.beacon.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** The webhook endpoints, as the bearer-token filter guards them. */
    static final String WEBHOOK_PATHS = "/webhooks/*";

    @Bean
    FilterRegistrationBean<WebhookTimingFilter> webhookTimingFilter(MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new WebhookTimingFilter(registry));
        registration.addUrlPatterns(WEBHOOK_PATHS);
        // before the token check (registered at the lowest precedence), so that refusals are timed as well
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
