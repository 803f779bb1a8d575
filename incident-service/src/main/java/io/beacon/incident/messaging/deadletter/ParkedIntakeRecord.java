package io.beacon.incident.messaging.deadletter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One record on the intake's dead-letter topic as the admin API shows it: where it sits ({@code partition},
 * {@code offset}), its key and time, why it was parked (the exception the dead-letter publisher wrote into its
 * headers), where it came from, its size and a bounded preview of the payload, and when it was replayed (null: not
 * yet).
 */
record ParkedIntakeRecord(int partition, long offset, String key, Instant timestamp, String exceptionClass,
                          String causeClass, String exceptionMessage, Long originalPartition, Long originalOffset,
                          int payloadSize, String payloadPreview, Instant replayedAt) {

    static final int PREVIEW_CHARACTERS = 512;

    static ParkedIntakeRecord of(ConsumerRecord<byte[], byte[]> record, Instant replayedAt) {
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        String text = new String(payload, StandardCharsets.UTF_8);
        return new ParkedIntakeRecord(record.partition(), record.offset(), IntakeRecords.text(record.key()),
                Instant.ofEpochMilli(record.timestamp()),
                IntakeRecords.header(record.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN),
                IntakeRecords.header(record.headers(), KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN),
                bounded(IntakeRecords.header(record.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE), 2048),
                IntakeRecords.number(record.headers(), KafkaHeaders.DLT_ORIGINAL_PARTITION),
                IntakeRecords.number(record.headers(), KafkaHeaders.DLT_ORIGINAL_OFFSET),
                payload.length, bounded(text, PREVIEW_CHARACTERS), replayedAt);
    }

    private static String bounded(String text, int characters) {
        return text == null || text.length() <= characters ? text : text.substring(0, characters) + "…";
    }
}
