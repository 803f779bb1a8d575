package io.beacon.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The bearer tokens a webhook sender may present, from {@code beacon.gateway.tokens} (env {@code ALERT_GATEWAY_TOKEN},
 * comma-separated so that a new token can be rolled out before the old one is withdrawn).
 *
 * <p>A gateway without a token would accept no alert at all, and nobody would notice until an incident went
 * unpaged: so start-up fails instead.
 */
@ConfigurationProperties("beacon.gateway")
public record WebhookTokenProperties(List<String> tokens) {

    static final String NO_TOKEN_MESSAGE = "No webhook token configured: set ALERT_GATEWAY_TOKEN (property "
            + "beacon.gateway.tokens) to the bearer token Alertmanager sends; separate several with commas while rotating";

    public WebhookTokenProperties {
        tokens = tokens == null ? List.of() : tokens.stream()
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .toList();
        if (tokens.isEmpty()) {
            throw new IllegalStateException(NO_TOKEN_MESSAGE);
        }
    }

    /** Never print the secrets themselves, e.g. in a start-up failure report. */
    @Override
    public String toString() {
        return "WebhookTokenProperties[" + tokens.size() + " token(s)]";
    }
}
