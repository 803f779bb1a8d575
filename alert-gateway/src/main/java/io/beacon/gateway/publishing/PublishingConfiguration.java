package io.beacon.gateway.publishing;

import io.beacon.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Declares the topic; Spring's KafkaAdmin creates it at start-up if missing. With Kafka down KafkaAdmin logs and
 * moves on ({@code spring.kafka.admin.fail-fast} stays false): the gateway must still start and answer 503s.
 */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

    @Bean
    NewTopic alertSignalsTopic(PublishingProperties properties) {
        return TopicBuilder.name(Topics.ALERT_SIGNALS)
                .partitions(properties.partitions())
                .replicas(properties.replicas())
                .build();
    }
}
