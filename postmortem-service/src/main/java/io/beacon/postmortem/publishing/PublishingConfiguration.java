package io.beacon.postmortem.publishing;

import io.beacon.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Creates the topic at start-up through Spring's KafkaAdmin when it is missing, as incident-service does its own. */
@Configuration(proxyBeanMethods = false)
class PublishingConfiguration {

    @Bean
    NewTopic postmortemEventsTopic(@Value("${beacon.kafka.partitions:3}") int partitions,
                                   @Value("${beacon.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.POSTMORTEM_EVENTS).partitions(partitions).replicas(replicas).build();
    }
}
