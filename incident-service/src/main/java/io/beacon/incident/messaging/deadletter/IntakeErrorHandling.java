package io.beacon.incident.messaging.deadletter;

import io.beacon.deadletter.FailureKind;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Duration;
import java.util.function.BiFunction;

/**
 * Takes the intake's retries and dead-lettering out of the binder (whose retry template would try any failure
 * {@code max-attempts} times, then park it) into the listener container's error handler, which asks
 * {@link FailureKind} at each failure: PERMANENT goes to the dead-letter topic at once; TRANSIENT is retried with
 * back-off (200 ms doubling to 10 s) with no limit, the partition waiting behind it so alerts stay in order. A record
 * is only committed once handled or parked: if the dead-letter topic can't be written (broker away), the record is
 * retried, never lost. Other bindings keep the binder's own handling.
 */
class IntakeErrorHandling implements ListenerContainerWithDlqAndRetryCustomizer {

    static final Duration FIRST_RETRY = Duration.ofMillis(200);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(IntakeErrorHandling.class);
    private final IntakeTopics topics;
    private final KafkaOperations<byte[], byte[]> deadLetterProducer;

    IntakeErrorHandling(IntakeTopics topics, KafkaOperations<byte[], byte[]> deadLetterProducer) {
        this.topics = topics;
        this.deadLetterProducer = deadLetterProducer;
    }

    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return !topics.isIntake(destinationName, group);
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        if (retryAndDlqInBinding(destinationName, group)) {
            return;
        }
        BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination = dlqDestinationResolver != null
                ? dlqDestinationResolver
                : (record, failure) -> new TopicPartition(topics.deadLetters(), record.partition());
        DeadLetterPublishingRecoverer parking = new DeadLetterPublishingRecoverer(deadLetterProducer, (record, failure) -> {
            log.error("Parked alert signal {}-{}@{} (key {}) on {}: {}; replay it after the fix: "
                            + "POST /api/admin/intake-dead-letters/replay", record.topic(), record.partition(),
                    record.offset(), IntakeRecords.text(record.key()), topics.deadLetters(), failure.toString());
            return destination.apply(record, failure);
        });
        // the headers then name what failed, not the listener and binder wrappers around it
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> parking.accept(record,
                rootCause(failure)), transientBackOff());
        handler.setBackOffFunction((record, failure) ->
                FailureKind.of(failure) == FailureKind.PERMANENT ? new FixedBackOff(0, 0) : null);
        // a record failing transiently, then permanently (or the reverse), starts its back-off again
        handler.setResetStateOnExceptionChange(true);
        container.setCommonErrorHandler(handler);
    }

    static Exception rootCause(Exception failure) {
        Exception root = failure;
        for (Throwable t = failure.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof Exception exception) {
                root = exception;
            }
        }
        return root;
    }

    static ExponentialBackOff transientBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
        backOff.setMaxInterval(LONGEST_RETRY.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }
}
