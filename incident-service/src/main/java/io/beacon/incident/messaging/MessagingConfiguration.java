package io.beacon.incident.messaging;

import io.beacon.contracts.Topics;
import io.beacon.eventstore.OutageTolerantConsumer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    /** Bound to {@code alertSignals-in-0}: see {@code spring.cloud.stream.bindings} in application.yml. */
    @Bean
    Consumer<Message<List<byte[]>>> alertSignals(CommandGateway commands, MeterRegistry meters, JsonMapper json) {
        // a database outage must hold the partition, not send signals to the dead-letter topic
        return new OutageTolerantConsumer<>("alert-signal intake",
                new AlertSignalIntake(commands, new SignalIntakeTimer(meters, Clock.systemUTC()), json));
    }

    /**
     * Bound to {@code signalFastLane-in-0}: its own consumer group on the same topic, opening incidents for new
     * outages ahead of the in-order intake (never parking or holding anything up).
     */
    @Bean
    Consumer<Message<List<byte[]>>> signalFastLane(CommandGateway commands, MeterRegistry meters, JsonMapper json,
            @Value("${beacon.intake.fast-lane.remember:5s}") Duration remember,
            @Value("${beacon.intake.fast-lane.opens-at-once:8}") int opensAtOnce) {
        return new SignalFastLane(commands, json, new RecentlyOpened(remember, 10_000, System::nanoTime), meters,
                opensAtOnce);
    }

    @Bean
    NewTopic incidentEventsTopic(@Value("${beacon.kafka.partitions:3}") int partitions,
                                 @Value("${beacon.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(Topics.INCIDENT_EVENTS).partitions(partitions).replicas(replicas).build();
    }
}
