package io.beacon.incident.messaging.deadletter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The intake topic and its dead-letter topic, as application.yml binds them (one place says their names). */
@Component
class IntakeTopics {

    private final String intake;
    private final String deadLetters;

    IntakeTopics(@Value("${spring.cloud.stream.bindings.alertSignals-in-0.destination}") String intake,
                 @Value("${spring.cloud.stream.kafka.bindings.alertSignals-in-0.consumer.dlq-name}")
                 String deadLetters) {
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    String intake() {
        return intake;
    }

    String deadLetters() {
        return deadLetters;
    }
}
