package io.beacon.slack.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param pollInterval how often the worker looks for due rows when nobody wakes it
 * @param claimTimeout how long a claimed row stays owned by one worker; a row still SENDING after it is presumed
 *                     abandoned (the worker died) and is recovered. Longer than any single Slack call (20 s timeout)
 * @param maxBackoff   the longest wait between retries of a transient failure
 * @param threads      how many rows are sent at once
 */
@ConfigurationProperties("beacon.slack.delivery")
public record SlackDeliveryProperties(
        @DefaultValue("150ms") Duration pollInterval,
        @DefaultValue("30s") Duration claimTimeout,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("4") int threads) {

    public static SlackDeliveryProperties defaults() {
        return new SlackDeliveryProperties(Duration.ofMillis(150), Duration.ofSeconds(30), Duration.ofMinutes(5), 4);
    }
}
