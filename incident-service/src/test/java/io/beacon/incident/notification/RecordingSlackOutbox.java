package io.beacon.incident.notification;

import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackOutbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Slack outbox that records what it is given and, like the real one, ignores a key it already holds. Thread-safe,
 * so a Spring test can register it in place of the real outbox.
 */
public final class RecordingSlackOutbox implements SlackOutbox {

    private final Map<String, OutboundMessage> messages = new LinkedHashMap<>();
    private final List<String> withdrawn = new ArrayList<>();
    private int enqueued;

    @Override
    public synchronized void enqueue(OutboundMessage message) {
        enqueued++;
        messages.putIfAbsent(message.key(), message);
    }

    @Override
    public synchronized void withdrawPending(String keyPrefix) {
        withdrawn.add(keyPrefix);
    }

    public synchronized List<OutboundMessage> messages() {
        return List.copyOf(messages.values());
    }

    public synchronized List<String> keys() {
        return List.copyOf(messages.keySet());
    }

    public synchronized OutboundMessage get(String key) {
        OutboundMessage message = messages.get(key);
        if (message == null) {
            throw new AssertionError("No message " + key + " among " + messages.keySet());
        }
        return message;
    }

    public synchronized List<OutboundMessage> forIncident(String incidentId) {
        return messages.values().stream().filter(m -> incidentId.equals(m.subjectId())).toList();
    }

    /** How many enqueue calls there were, known keys included. */
    public synchronized int enqueueCalls() {
        return enqueued;
    }
}
