package io.beacon.slack.delivery;

import com.slack.api.Slack;
import io.beacon.slack.SlackOutbox;
import io.beacon.slack.SlackProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beans a service gets by importing the configuration: the outbox port, a running worker, the slackDelivery
 * health, the admin endpoint, the one Slack client and their settings.
 */
class SlackDeliveryConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Infrastructure.class, SlackDeliveryConfiguration.class)
            .withPropertyValues("beacon.slack.delivery.claim-timeout=45s", "beacon.slack.api-url=http://127.0.0.1:9/api/");

    @Test
    void theOutboxWorkerHealthAndAdminEndpointAreWiredWithoutABotToken() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SlackOutbox.class)).isInstanceOf(JdbcSlackOutbox.class);
            assertThat(context.getBean(SlackDeliveryWorker.class).isRunning()).isTrue();
            assertThat(context.getBean("slackDelivery", HealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.UP);
            assertThat(context).hasSingleBean(SlackOutboxAdminController.class);
            assertThat(context.getBean(SlackDeliveryProperties.class).claimTimeout()).isEqualTo(Duration.ofSeconds(45));
            assertThat(context.getBean(SlackDeliveryProperties.class).pollInterval())
                    .isEqualTo(Duration.ofMillis(150));
            assertThat(context.getBean(SlackProperties.class).apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
            assertThat(context).hasSingleBean(Slack.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        JdbcTemplate jdbcTemplate() {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(
                    "jdbc:h2:mem:slack_delivery_config_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
            OutboxSchema.create(dataSource);
            return new JdbcTemplate(dataSource);
        }
    }
}
