package io.beacon.incident.messaging.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Republishes parked intake records to the intake topic, each once: per record, one transaction claims it in
 * {@link IntakeReplays} and waits for the broker's acknowledgement of the republish; a failed send rolls the claim
 * back, so the record is still replayable. Key, payload and headers are the original's; the dead-letter publisher's
 * diagnostic headers ({@code kafka_dlt-*}) are left out and {@value #REPLAYED_FROM} says which parked record this is.
 * A replayed record that fails permanently again is parked again, as a new record to replay.
 */
class IntakeReplayer {

    static final String REPLAYED_FROM = "beacon-replayed-from";
    private static final String DEAD_LETTER_HEADERS = "kafka_dlt-";
    private static final long SEND_TIMEOUT_SECONDS = 15;
    private static final Logger log = LoggerFactory.getLogger(IntakeReplayer.class);
    private final IntakeDeadLetterTopic deadLetters;
    private final IntakeReplays replays;
    private final KafkaOperations<byte[], byte[]> producer;
    private final TransactionTemplate transactions;
    private final String intakeTopic;
    private final Clock clock;

    IntakeReplayer(IntakeDeadLetterTopic deadLetters, IntakeReplays replays, KafkaOperations<byte[], byte[]> producer,
                   TransactionTemplate transactions, String intakeTopic, Clock clock) {
        this.deadLetters = deadLetters;
        this.replays = replays;
        this.producer = producer;
        this.transactions = transactions;
        this.intakeTopic = intakeTopic;
        this.clock = clock;
    }

    ReplayOutcome replay(String by) {
        List<ConsumerRecord<byte[], byte[]>> parked = new ArrayList<>();
        deadLetters.forEach(parked::add);
        Map<String, ?> replayedBefore = replays.replayed();
        List<ReplayOutcome.Replayed> replayed = new ArrayList<>();
        int skipped = 0;
        for (ConsumerRecord<byte[], byte[]> record : parked) {
            if (replayedBefore.containsKey(IntakeReplays.position(record.partition(), record.offset()))
                    || !Boolean.TRUE.equals(transactions.execute(status -> replayOnce(record, by)))) {
                skipped++;
            } else {
                replayed.add(new ReplayOutcome.Replayed(record.partition(), record.offset(),
                        IntakeRecords.text(record.key())));
            }
        }
        log.info("{} replayed {} parked intake record(s) from {} to {}; {} were replayed before", by, replayed.size(),
                deadLetters.name(), intakeTopic, skipped);
        return new ReplayOutcome(replayed.size(), skipped, replayed);
    }

    private boolean replayOnce(ConsumerRecord<byte[], byte[]> record, String by) {
        String key = IntakeRecords.text(record.key());
        if (!replays.claim(record.partition(), record.offset(), key, by, clock.instant())) {
            return false;
        }
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (deadLetters.name() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(new ProducerRecord<>(intakeTopic, null, record.key(), record.value(), headers))
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying " + record.partition() + "@"
                    + record.offset(), interrupted);
        } catch (Exception failed) {
            throw new ReplayFailed(record.partition(), record.offset(), failed);
        }
        return true;
    }

    /** The broker did not take a republished record: its claim is rolled back, a later request replays it. */
    static final class ReplayFailed extends RuntimeException {
        ReplayFailed(int partition, long offset, Throwable cause) {
            super("Could not republish parked record " + partition + "@" + offset + ": " + cause, cause);
        }
    }
}
