package io.beacon.gateway.publishing;

import io.beacon.contracts.Topics;
import io.beacon.contracts.AlertSignalReceived;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes signals keyed by service key, so that one service's signals stay in order on one partition.
 *
 * <p>The {@link KafkaTemplate} shares one producer across all requests (PagerDuty's 2025 outage came from a
 * producer per request). All records are sent before any acknowledgement is awaited, so a webhook of many alerts
 * costs one round trip, not one per alert.
 */
@Component
public class AlertSignalPublisher {

    static final String EVENT_TYPE = AlertSignalReceived.class.getSimpleName();

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper jsonMapper;
    private final Duration publishTimeout;

    public AlertSignalPublisher(KafkaTemplate<String, String> kafka, JsonMapper jsonMapper,
                                PublishingProperties properties) {
        this.kafka = kafka;
        this.jsonMapper = jsonMapper;
        this.publishTimeout = properties.publishTimeout();
    }

    /** Returns once Kafka has acknowledged every signal; throws {@link SignalsNotPublishedException} otherwise. */
    public void publish(List<AlertSignalReceived> signals) {
        long deadline = System.nanoTime() + publishTimeout.toNanos();
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(signals.size());
        for (AlertSignalReceived signal : signals) {
            CompletableFuture<?> acknowledgement = send(signal);
            acknowledgements.add(acknowledgement);
            // A send that already failed has waited max.block.ms for the broker; the next would wait as long again.
            if (acknowledgement.isCompletedExceptionally()) {
                break;
            }
        }
        awaitAll(acknowledgements, deadline);
    }

    private CompletableFuture<?> send(AlertSignalReceived signal) {
        try {
            var record = new ProducerRecord<String, String>(Topics.ALERT_SIGNALS, signal.partitionKey(),
                    jsonMapper.writeValueAsString(signal));
            record.headers().add(Topics.EVENT_TYPE_HEADER, EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return kafka.send(record);
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }

    /** Waits for every acknowledgement, but gives up at the first failure: the answer is 503 either way. */
    private static void awaitAll(List<CompletableFuture<?>> acknowledgements, long deadline) {
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        acknowledgements.forEach(acknowledgement -> acknowledgement.whenComplete((ignored, failure) -> {
            if (failure != null) {
                firstFailure.completeExceptionally(failure);
            }
        }));
        CompletableFuture<Void> all = CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new));
        try {
            long remaining = Math.max(0, deadline - System.nanoTime());
            CompletableFuture.anyOf(all, firstFailure).get(remaining, TimeUnit.NANOSECONDS);
        } catch (ExecutionException failed) {
            throw new SignalsNotPublishedException("Kafka did not accept the alert signals", failed.getCause());
        } catch (TimeoutException late) {
            throw new SignalsNotPublishedException("Kafka did not acknowledge the alert signals in time", late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SignalsNotPublishedException("Interrupted while waiting for Kafka", interrupted);
        }
    }
}
