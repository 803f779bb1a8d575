package io.beacon.incident;

import io.beacon.deadletter.DeadLetterConfiguration;
import io.beacon.deadline.DeadlineConfiguration;
import io.beacon.slack.delivery.SlackDeliveryConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * incident-service: event-sourced incidents, correlation, paging, the incident API. The shared modules it runs on are
 * imported here, explicitly: the Slack outbox ({@code /api/admin/slack-outbox} is secured in
 * {@code security.ApiOperation}), the persistent deadlines and the
 * processing groups' dead-letter queues ({@code /api/admin/dead-letters}).
 */
@SpringBootApplication
@Import({SlackDeliveryConfiguration.class, DeadlineConfiguration.class, DeadLetterConfiguration.class})
@ConfigurationPropertiesScan
@EntityScan(basePackages = {
        "io.beacon.incident",
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.eventhandling.deadletter.jpa",
        "org.axonframework.modelling.saga.repository.jpa"})
public class IncidentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IncidentServiceApplication.class, args);
    }
}
