package io.beacon.incident.notification;

import io.beacon.incident.api.RecordNotificationFailure;
import io.beacon.incident.api.RecordPageDelivery;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackDeliveryListener;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts what became of Slack messages on the incident's timeline: a page's delivery, and every permanent failure
 * (with the fallback that took the message instead). Both commands are idempotent, as the outbox may tell twice.
 */
@Component
class DeliveryOutcomes implements SlackDeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);
    private static final Pattern PAGE_KEY = Pattern.compile("page:(.+):(\\d+)");
    private final CommandGateway commands;
    private final PageLatencyTimer pageLatency;

    DeliveryOutcomes(CommandGateway commands, PageLatencyTimer pageLatency) {
        this.commands = commands;
        this.pageLatency = pageLatency;
    }

    @Override
    public void delivered(OutboundMessage message, String channel, String ts) {
        Matcher page = PAGE_KEY.matcher(message.key());
        if (page.matches() && message.kind() == OutboundMessage.Kind.POST) {
            RecordPageDelivery.Recorded recorded = send(
                    new RecordPageDelivery(page.group(1), Integer.parseInt(page.group(2)), channel, ts), page.group(1));
            pageLatency.record(recorded);
        }
    }

    @Override
    public void failed(OutboundMessage message, String address, String error, String deliveredTo) {
        if (message.subjectId() != null) {
            send(new RecordNotificationFailure(message.subjectId(), purpose(message), address, error, deliveredTo),
                    message.subjectId());
        }
    }

    /** What the message was for, in a word or two: "page step 2", "status update", "incident channel". */
    static String purpose(OutboundMessage message) {
        Matcher page = PAGE_KEY.matcher(message.key());
        if (page.matches()) {
            return "page step " + page.group(2);
        }
        String kind = message.key().contains(":") ? message.key().substring(0, message.key().indexOf(':'))
                : message.key();
        return kind + " (" + message.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    private <R> R send(Object command, String incidentId) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException gone) {
            log.warn("Slack outcome for unknown incident {}: {}", incidentId, command);
            return null;
        }
    }
}
