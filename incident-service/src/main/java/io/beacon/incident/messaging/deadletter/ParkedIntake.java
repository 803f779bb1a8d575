package io.beacon.incident.messaging.deadletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** The intake's parked records: listed, and counted for the health and the gauge. */
class ParkedIntake {

    private static final Logger log = LoggerFactory.getLogger(ParkedIntake.class);
    private final IntakeDeadLetterTopic topic;
    private final IntakeReplays replays;

    ParkedIntake(IntakeDeadLetterTopic topic, IntakeReplays replays) {
        this.topic = topic;
        this.replays = replays;
    }

    /** Records on the topic, oldest first per partition; {@code parked} counts those not replayed yet. */
    record Listing(String topic, long total, long parked, List<ParkedIntakeRecord> records) {
    }

    Listing list(int limit, boolean includeReplayed) {
        Map<String, Instant> replayed = replays.replayed();
        List<ParkedIntakeRecord> records = new ArrayList<>();
        AtomicLong total = new AtomicLong();
        AtomicLong parked = new AtomicLong();
        topic.forEach(record -> {
            total.incrementAndGet();
            Instant replayedAt = replayed.get(IntakeReplays.position(record.partition(), record.offset()));
            if (replayedAt == null) {
                parked.incrementAndGet();
            }
            if ((replayedAt == null || includeReplayed) && records.size() < limit) {
                records.add(ParkedIntakeRecord.of(record, replayedAt));
            }
        });
        return new Listing(topic.name(), total.get(), parked.get(), records);
    }

    /** Records on the topic not replayed yet, from offsets alone (no record is read); -1 if the broker can't say. */
    Counts counts() {
        try {
            IntakeDeadLetterTopic.Extent extent = topic.extent();
            long replayed = replays.replayedSince(extent.firstOffsets());
            return new Counts(extent.records(), Math.max(0, extent.records() - replayed), null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Counts(-1, -1, interrupted.toString());
        } catch (Exception unavailable) {
            log.debug("Could not count the intake's dead letters", unavailable);
            return new Counts(-1, -1, unavailable.toString());
        }
    }

    record Counts(long total, long parked, String error) {
    }
}
