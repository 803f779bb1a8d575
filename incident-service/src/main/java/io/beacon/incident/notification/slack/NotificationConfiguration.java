package io.beacon.incident.notification.slack;

import com.slack.api.Slack;
import io.beacon.incident.notification.IncidentPager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses how pages go out: through Slack when {@code beacon.slack.bot-token} is set, otherwise only to the log, so
 * the platform runs without Slack.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlackProperties.class)
public class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(BotTokenSet.class)
    static class SlackPaging {

        @Bean(destroyMethod = "close")
        Slack slack(SlackProperties properties) {
            return SlackWebApi.connect(properties.apiUrl());
        }

        @Bean
        IncidentPager slackIncidentPager(Slack slack, SlackProperties properties) {
            log.info("Pages go to Slack at {}", properties.apiUrl());
            return new SlackIncidentPager(slack.methods(properties.botToken()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoBotToken.class)
    static class LoggedPaging {

        @Bean
        IncidentPager loggingIncidentPager() {
            log.warn("beacon.slack.bot-token is not set: pages are only logged, nobody is notified");
            return new LoggingIncidentPager();
        }
    }

    static final class BotTokenSet extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean set = StringUtils.hasText(context.getEnvironment().getProperty("beacon.slack.bot-token"));
            return set ? ConditionOutcome.match("beacon.slack.bot-token is set")
                    : ConditionOutcome.noMatch("beacon.slack.bot-token is blank");
        }
    }

    static final class NoBotToken extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean set = StringUtils.hasText(context.getEnvironment().getProperty("beacon.slack.bot-token"));
            return set ? ConditionOutcome.noMatch("beacon.slack.bot-token is set")
                    : ConditionOutcome.match("beacon.slack.bot-token is blank");
        }
    }
}
