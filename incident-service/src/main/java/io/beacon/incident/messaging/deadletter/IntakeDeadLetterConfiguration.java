package io.beacon.incident.messaging.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** Wires the intake's error handling, its dead-letter topic reader, the replay, health and gauge. */
@Configuration(proxyBeanMethods = false)
class IntakeDeadLetterConfiguration {

    static final String METRIC = "beacon.intake_dead_letters";

    /**
     * Records as the binder consumed them (byte arrays, key and value): to park them unchanged and to replay them.
     * Its own producer, with the service's producer settings (acks=all, idempotence, bounded blocking).
     */
    @Bean(destroyMethod = "destroy")
    DefaultKafkaProducerFactory<byte[], byte[]> intakeRecordProducerFactory(KafkaProperties kafka) {
        return new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    @Bean
    KafkaTemplate<byte[], byte[]> intakeRecordProducer(DefaultKafkaProducerFactory<byte[], byte[]> factory) {
        return new KafkaTemplate<>(factory);
    }

    @Bean
    IntakeErrorHandling intakeErrorHandling(IntakeTopics topics, KafkaTemplate<byte[], byte[]> intakeRecordProducer) {
        return new IntakeErrorHandling(topics, intakeRecordProducer);
    }

    @Bean(destroyMethod = "close")
    Admin intakeDeadLetterAdmin(KafkaProperties kafka) {
        return Admin.create(kafka.buildAdminProperties());
    }

    @Bean
    IntakeDeadLetterTopic intakeDeadLetterTopic(IntakeTopics topics, KafkaProperties kafka,
                                                Admin intakeDeadLetterAdmin) {
        return new IntakeDeadLetterTopic(topics.deadLetters(), kafka.buildConsumerProperties(), intakeDeadLetterAdmin);
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
                                  KafkaTemplate<byte[], byte[]> intakeRecordProducer,
                                  PlatformTransactionManager transactions) {
        return new IntakeReplayer(topic, replays, intakeRecordProducer, new TransactionTemplate(transactions),
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
