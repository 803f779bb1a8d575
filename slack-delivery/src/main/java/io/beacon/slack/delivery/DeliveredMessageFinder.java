package io.beacon.slack.delivery;

import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Answers "did the previous owner of this row already post it?" after a crash between the call and recording its
 * outcome: every outbox post carries message metadata with its key, so the channel's recent history tells.
 */
final class DeliveredMessageFinder {

    static final String EVENT_TYPE = "beacon_outbox";
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 5;

    private final SlackMethods methods;

    DeliveredMessageFinder(SlackMethods methods) {
        this.methods = methods;
    }

    /** The metadata every outbox post carries, as Slack's {@code metadata} parameter. */
    static String metadataJson(String key) {
        return "{\"event_type\":\"" + EVENT_TYPE + "\",\"event_payload\":{\"key\":" + jsonString(key) + "}}";
    }

    /** The ts of the message carrying {@code key} in {@code channel}, posted after {@code since} (minus a minute). */
    Optional<String> find(String channel, String key, Instant since) {
        Instant from = since.minus(CLOCK_SLACK);
        String oldest = from.getEpochSecond() + "." + String.format("%06d", from.getNano() / 1000);
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String pageCursor = cursor;
            ConversationsHistoryResponse history = SlackCalls.call("conversations.history",
                    () -> methods.conversationsHistory(r -> r.channel(channel).oldest(oldest).limit(PAGE_SIZE)
                            .includeAllMetadata(true).cursor(pageCursor)));
            if (!history.isOk()) {
                Outcome failure = SlackCalls.failure(history);
                if (failure instanceof Outcome.Transient) {
                    throw new SlackCalls.Abort(failure);
                }
                // history unreadable for good (e.g. a DM we may not read): posting is the lesser evil
                return Optional.empty();
            }
            Optional<String> ts = history.getMessages() == null ? Optional.empty()
                    : history.getMessages().stream().filter(m -> carries(m, key)).map(Message::getTs).findFirst();
            if (ts.isPresent() || !history.isHasMore() || history.getResponseMetadata() == null) {
                return ts;
            }
            cursor = history.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean carries(Message message, String key) {
        Message.Metadata metadata = message.getMetadata();
        return metadata != null && EVENT_TYPE.equals(metadata.getEventType())
                && metadata.getEventPayload() != null && key.equals(metadata.getEventPayload().get("key"));
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
