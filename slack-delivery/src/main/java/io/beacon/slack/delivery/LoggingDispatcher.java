package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a bot token nobody is notified, but every message still goes through the outbox and shows up in the log
 * as the text Slack would have carried; it counts as delivered (with no message ts).
 */
final class LoggingDispatcher implements Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(LoggingDispatcher.class);

    @Override
    public Outcome dispatch(OutboxRow row) {
        OutboundMessage message = row.message();
        log.info("SLACK {} (Slack not configured) to {}: {}", message.kind(), oneLine(row.target()),
                oneLine(message.text()));
        return new Outcome.Delivered(row.target(), null);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
