package io.beacon.incident.messaging.deadletter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The intake topic, its consumer group and its dead-letter topic, as application.yml binds them (one place says their
 * names). The fast lane reads the same topic in another group: only the in-order intake's group parks.
 */
@Component
class IntakeTopics {

    private final String intake;
    private final String group;
    private final String deadLetters;

    IntakeTopics(@Value("${spring.cloud.stream.bindings.alertSignals-in-0.destination}") String intake,
                 @Value("${spring.cloud.stream.bindings.alertSignals-in-0.group}") String group,
                 @Value("${spring.cloud.stream.kafka.bindings.alertSignals-in-0.consumer.dlq-name}")
                 String deadLetters) {
        this.intake = intake;
        this.group = group;
        this.deadLetters = deadLetters;
    }

    /** The in-order intake's binding: its topic in its group. */
    boolean isIntake(String destination, String consumerGroup) {
        return intake.equals(destination) && group.equals(consumerGroup);
    }

    String intake() {
        return intake;
    }

    String deadLetters() {
        return deadLetters;
    }
}
