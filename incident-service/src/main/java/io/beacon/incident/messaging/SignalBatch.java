package io.beacon.incident.messaging;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One Kafka poll of the alert-signal topic as the binder hands it over in batch mode: the records' raw values and,
 * in the same order, their keys (the service key the gateway partitions by). Values are read here, record by record,
 * so that an unreadable one is known by its place in the poll, and only it is parked.
 */
record SignalBatch(List<byte[]> values, List<?> keys, List<?> partitions, List<?> offsets) {

    static SignalBatch of(Message<List<byte[]>> message) {
        return new SignalBatch(message.getPayload(), list(message, KafkaHeaders.RECEIVED_KEY),
                list(message, KafkaHeaders.RECEIVED_PARTITION), list(message, KafkaHeaders.OFFSET));
    }

    private static List<?> list(Message<?> message, String header) {
        return message.getHeaders().get(header) instanceof List<?> list ? list : List.of();
    }

    /** Where the record sits on the topic ("partition@offset"); null when the binder did not say. */
    String position(int index) {
        if (index >= partitions.size() || index >= offsets.size()) {
            return null;
        }
        return partitions.get(index) + "@" + offsets.get(index);
    }

    int size() {
        return values.size();
    }

    byte[] value(int index) {
        return values.get(index);
    }

    /** The record's key as text; null when it has none. */
    String key(int index) {
        Object key = index < keys.size() ? keys.get(index) : null;
        if (key == null) {
            return null;
        }
        return key instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : key.toString();
    }
}
