package io.beacon.postmortem.incident;

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
    Consumer<Message<byte[]>> incidentEvents(IncidentRecordRepository incidents, ProcessedEventRepository processed,
                                             JsonMapper json, List<IncidentResolvedListener> resolutions) {
        return new IncidentEventIntake(incidents, processed, json, resolutions);
    }
}
