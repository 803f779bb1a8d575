package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.IncidentPager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(NotificationConfiguration.class);

    @Test
    void withABotTokenPagesGoToSlack() {
        context.withPropertyValues("beacon.slack.bot-token=xoxb-1", "beacon.slack.api-url=http://127.0.0.1:1/api/")
                .run(started -> assertThat(started).getBean(IncidentPager.class)
                        .isInstanceOf(SlackIncidentPager.class));
    }

    @Test
    void withoutABotTokenPagesAreOnlyLogged() {
        context.run(started -> assertThat(started).getBean(IncidentPager.class)
                .isInstanceOf(LoggingIncidentPager.class));
    }

    @Test
    void aBlankBotTokenCountsAsNone() {
        context.withPropertyValues("beacon.slack.bot-token=  ")
                .run(started -> assertThat(started).getBean(IncidentPager.class)
                        .isInstanceOf(LoggingIncidentPager.class));
    }

    @Test
    void theSlackApiUrlDefaultsToSlack() {
        context.run(started -> assertThat(started.getBean(SlackProperties.class).apiUrl())
                .isEqualTo("https://slack.com/api/"));
    }
}
