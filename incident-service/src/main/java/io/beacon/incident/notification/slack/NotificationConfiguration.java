package io.beacon.incident.notification.slack;

import com.slack.api.Slack;
import io.beacon.incident.notification.IncidentPager;
import io.beacon.incident.notification.SlackOutbox;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slack wiring: one SDK client per process, and pages composed for Slack and recorded in the outbox (which only logs
 * them when no bot token is set, so the platform runs without Slack).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
public class NotificationConfiguration {

    /** One client per process; it only holds an HTTP connection pool until a call is made. */
    @Bean(destroyMethod = "close")
    Slack slack(SlackProperties properties) {
        return SlackWebApi.connect(properties.apiUrl());
    }

    @Bean
    IncidentPager incidentPager(SlackOutbox outbox) {
        return new SlackIncidentPager(outbox);
    }
}
