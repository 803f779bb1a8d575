package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.IncidentNotifier;
import io.beacon.slack.SlackOutbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident channel's Slack adapter: what the channel handler decides to say, composed for Slack. */
@Configuration(proxyBeanMethods = false)
class SlackChannelConfiguration {

    @Bean
    IncidentNotifier incidentNotifier(SlackOutbox outbox) {
        return new SlackIncidentNotifier(outbox);
    }
}
