package io.beacon.incident.notification.slack;

import com.slack.api.Slack;
import io.beacon.incident.notification.IncidentPager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses how pages go out: through Slack when {@code beacon.slack.bot-token} is set, otherwise only to the log, so
 * the platform runs without Slack.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
public class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** One client per process; it only holds an HTTP connection pool until a call is made. */
    @Bean(destroyMethod = "close")
    Slack slack(SlackProperties properties) {
        return SlackWebApi.connect(properties.apiUrl());
    }

    @Bean
    IncidentPager incidentPager(Slack slack, SlackProperties properties) {
        if (!StringUtils.hasText(properties.botToken())) {
            log.warn("beacon.slack.bot-token is not set: pages are only logged, nobody is notified");
            return new LoggingIncidentPager();
        }
        log.info("Pages go to Slack at {}", properties.apiUrl());
        return new SlackIncidentPager(slack.methods(properties.botToken()));
    }
}
