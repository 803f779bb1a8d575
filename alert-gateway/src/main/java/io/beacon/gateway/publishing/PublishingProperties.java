package io.beacon.gateway.publishing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the alert-signals topic is created and how long a webhook waits for Kafka.
 *
 * @param partitions     partitions of the topic when this service creates it
 * @param replicas       replication factor of the topic when this service creates it
 * @param publishTimeout longest wait for every acknowledgement of one webhook; below Alertmanager's 10 s deadline
 *                       so that it hears 503 (and retries) rather than a timeout
 */
@ConfigurationProperties("beacon.kafka")
public record PublishingProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("8s") Duration publishTimeout) {
}
