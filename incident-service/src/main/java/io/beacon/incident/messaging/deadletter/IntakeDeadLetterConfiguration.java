package io.beacon.incident.messaging.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Wires the intake's error handling, its dead-letter topic reader, the replay, health and gauge. */
@Configuration(proxyBeanMethods = false)
class IntakeDeadLetterConfiguration {

    static final String METRIC = "beacon.intake_dead_letters";

    @Bean
    RawRecordProducer intakeRawRecordProducer(KafkaProperties kafka) {
        return new RawRecordProducer(kafka.buildProducerProperties());
    }

    @Bean
    IntakeErrorHandling intakeErrorHandling(IntakeTopics topics, RawRecordProducer producer) {
        return new IntakeErrorHandling(topics, producer.operations());
    }

    @Bean
    IntakeDeadLetterTopic intakeDeadLetterTopic(IntakeTopics topics, KafkaProperties kafka) {
        return new IntakeDeadLetterTopic(topics.deadLetters(), kafka.buildConsumerProperties(),
                Admin.create(kafka.buildAdminProperties()));
    }

    @Bean
    IntakeReplays intakeReplays(JdbcTemplate jdbc) {
        return new IntakeReplays(jdbc);
    }

    @Bean
    ParkedIntake parkedIntake(IntakeDeadLetterTopic topic, IntakeReplays replays) {
        return new ParkedIntake(topic, replays);
    }

    @Bean
    IntakeReplayer intakeReplayer(IntakeDeadLetterTopic topic, IntakeReplays replays, IntakeTopics topics,
                                  RawRecordProducer producer, PlatformTransactionManager transactions) {
        return new IntakeReplayer(topic, replays, producer.operations(), new TransactionTemplate(transactions),
                topics.intake(), Clock.systemUTC());
    }

    @Bean("intakeDeadLetters")
    HealthIndicator intakeDeadLettersHealth(ParkedIntake parked, IntakeTopics topics) {
        return new IntakeDeadLetterHealth(parked, topics.deadLetters());
    }

    /** {@code beacon.intake_dead_letters}: parked and not replayed; NaN while the broker can't say. */
    @Bean
    MeterBinder intakeDeadLetterMetrics(ParkedIntake parked) {
        return registry -> Gauge.builder(METRIC, parked, p -> {
                    long count = p.counts().parked();
                    return count < 0 ? Double.NaN : count;
                })
                .description("Alert signals parked on the intake's dead-letter topic and not replayed yet")
                .register(registry);
    }
}
