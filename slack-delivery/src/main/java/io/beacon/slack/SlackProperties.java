package io.beacon.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiUrl        Slack Web API base URL, ending in {@code /api/} (a stand-in's address in tests)
 * @param botToken      bot token ({@code xoxb-…}); blank: pages are only logged
 * @param signingSecret verifies requests Slack sends to us (button clicks); blank: every such request is refused
 */
@ConfigurationProperties("beacon.slack")
public record SlackProperties(
        @DefaultValue("https://slack.com/api/") String apiUrl,
        String botToken,
        String signingSecret) {

    public boolean hasBotToken() {
        return botToken != null && !botToken.isBlank();
    }

    @Override
    public String toString() {
        return "SlackProperties[apiUrl=" + apiUrl + ", botToken=" + (hasBotToken() ? "(set)" : "(none)")
                + ", signingSecret=" + (signingSecret == null || signingSecret.isBlank() ? "(none)" : "(set)") + "]";
    }
}
