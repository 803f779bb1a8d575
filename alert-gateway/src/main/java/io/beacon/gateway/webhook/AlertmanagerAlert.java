package io.beacon.gateway.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * One alert inside {@link AlertmanagerWebhook}. Timestamps stay text until {@link WebhookValidator} parses them,
 * so that an unparsable one is reported with its JSON pointer instead of failing the whole body.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertmanagerAlert(
        String status,
        Map<String, String> labels,
        Map<String, String> annotations,
        String startsAt,
        String endsAt,
        @JsonProperty("generatorURL") String generatorUrl,
        String fingerprint) {
}
