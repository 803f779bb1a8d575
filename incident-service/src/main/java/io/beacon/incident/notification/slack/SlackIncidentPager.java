package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.IncidentPager;
import io.beacon.incident.notification.Page;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackOutbox;

import java.time.Instant;

/**
 * Pages in Slack through the outbox: the page is posted to the team's channel mentioning the responder (falling back
 * to the team's and then the default team's channel when that channel is gone), and later updated in place once the
 * incident is acknowledged. Pages go before every other Slack message.
 */
public final class SlackIncidentPager implements IncidentPager {

    private final SlackOutbox outbox;
    private final SlackPageRenderer renderer;

    public SlackIncidentPager(SlackOutbox outbox) {
        this(outbox, new SlackPageRenderer());
    }

    SlackIncidentPager(SlackOutbox outbox, SlackPageRenderer renderer) {
        this.outbox = outbox;
        this.renderer = renderer;
    }

    @Override
    public void page(Page page) {
        SlackMessage message = renderer.page(page, SlackResponder.of(page.responder()));
        outbox.enqueue(new OutboundMessage(page.messageKey(), page.incidentId(), OutboundMessage.Kind.POST,
                page.channel(), page.fallbacks(), null, message.text(), message.blocksJson(),
                OutboundMessage.Priority.PAGE));
    }

    @Override
    public void markAcknowledged(Page page, String acknowledgedBy, Instant at) {
        SlackMessage message = renderer.acknowledged(page, acknowledgedBy, at);
        outbox.enqueue(new OutboundMessage(page.messageKey() + ":acknowledged", page.incidentId(),
                OutboundMessage.Kind.UPDATE, null, null, page.messageKey(), message.text(), message.blocksJson(),
                OutboundMessage.Priority.NORMAL));
    }

    @Override
    public void withdrawPending(String incidentId) {
        outbox.withdrawPending("page:" + incidentId + ":");
    }
}
