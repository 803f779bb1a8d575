package io.beacon.postmortem.incident;

import io.beacon.eventstore.OutageTolerantConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

    /** Bound to {@code incidentEvents-in-0}: see application.yml. */
    @Bean
    Consumer<Message<byte[]>> incidentEvents(IncidentEventIntake intake) {
        // a database outage must hold the partition, not send incident events to the dead-letter topic
        return new OutageTolerantConsumer<>("incident-event intake", intake);
    }

    /** A bean of its own so that its {@code @Transactional} applies: each attempt of the wrapper is one transaction. */
    @Bean
    IncidentEventIntake incidentEventIntake(IncidentRecordRepository incidents, ProcessedEventRepository processed,
                                            JsonMapper json, List<IncidentResolvedListener> resolutions) {
        return new IncidentEventIntake(incidents, processed, json, resolutions);
    }
}
