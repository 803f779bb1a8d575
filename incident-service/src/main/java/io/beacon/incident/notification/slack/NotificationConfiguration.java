package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.IncidentPager;
import io.beacon.slack.SlackOutbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pages composed for Slack and recorded in the outbox (which only logs them when no bot token is set, so the platform
 * runs without Slack). The outbox itself, its worker and the process's one Slack client come from the slack-delivery
 * module, imported by {@link io.beacon.incident.IncidentServiceApplication}.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationConfiguration {

    @Bean
    IncidentPager incidentPager(SlackOutbox outbox) {
        return new SlackIncidentPager(outbox);
    }
}
