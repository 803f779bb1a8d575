package io.beacon.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Times each webhook request from before the token check to the answer, so the figure is what Alertmanager waits
 * for (Kafka's acknowledgement included). Runs ahead of the bearer-token filter: refusals are timed too.
 */
final class WebhookTimingFilter extends OncePerRequestFilter {

    static final String METRIC = "beacon.webhook";
    private final MeterRegistry registry;

    WebhookTimingFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Timer.Sample sample = Timer.start(registry);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            sample.stop(Timer.builder(METRIC)
                    .description("Time from a webhook request's arrival to the gateway's answer")
                    .tag("outcome", failed ? WebhookOutcome.ERROR.tag() : WebhookOutcome.of(response.getStatus()).tag())
                    .publishPercentileHistogram()
                    .register(registry));
        }
    }
}
