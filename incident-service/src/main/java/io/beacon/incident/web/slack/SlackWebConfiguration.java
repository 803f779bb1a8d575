package io.beacon.incident.web.slack;

import io.beacon.incident.notification.slack.SlackProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Verifies Slack's requests with {@code beacon.slack.signing-secret}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
class SlackWebConfiguration {

    @Bean
    SlackRequestVerifier slackRequestVerifier(SlackProperties properties) {
        return new SlackRequestVerifier(properties.signingSecret(), Clock.systemUTC());
    }
}
