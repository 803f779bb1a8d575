package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.OutboundMessage;
import io.beacon.incident.notification.SlackOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Placeholder until the durable outbox lands: logs what would be sent. */
@Component
class InterimSlackOutbox implements SlackOutbox {

    private static final Logger log = LoggerFactory.getLogger(InterimSlackOutbox.class);

    @Override
    public void enqueue(OutboundMessage message) {
        log.info("SLACK {} {} to {}: {}", message.kind(), message.key(), message.address(), message.text());
    }

    @Override
    public void withdrawPending(String keyPrefix) {
        log.info("SLACK withdraw {}", keyPrefix);
    }
}
