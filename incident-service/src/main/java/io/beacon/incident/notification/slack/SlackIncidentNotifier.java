package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackPeople;

import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;
import io.beacon.incident.notification.IncidentChannelState;
import io.beacon.incident.notification.IncidentNotifier;
import io.beacon.incident.notification.Recipient;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.OutboundMessage.Kind;
import io.beacon.slack.OutboundMessage.Priority;
import io.beacon.slack.SlackOutbox;

import java.util.List;
import java.util.function.Function;

/**
 * The incident's own Slack channel, through the outbox. Creating channels, posting and pinning their summaries and
 * inviting people go in the background (under a storm of new incidents, pages go first); status updates, summary
 * updates, nudges and notices at normal priority. Every key is derived from the incident and the event, so a
 * redelivered event enqueues nothing new.
 */
public final class SlackIncidentNotifier implements IncidentNotifier {

    private final SlackOutbox outbox;
    private final SlackSummaryRenderer summaries = new SlackSummaryRenderer();
    private final SlackStatusUpdateRenderer updates = new SlackStatusUpdateRenderer();
    private final SlackNoticeRenderer notices = new SlackNoticeRenderer();

    public SlackIncidentNotifier(SlackOutbox outbox) {
        this.outbox = outbox;
    }

    static String summaryKey(String incidentId) {
        return "summary:" + incidentId;
    }

    @Override
    public void openChannel(IncidentChannelState incident) {
        String id = incident.incidentId();
        String channel = OutboundMessage.subjectChannel(id);
        outbox.enqueue(new OutboundMessage("channel:" + id, id, Kind.CREATE_CHANNEL, channel, null, null,
                SlackChannelName.of(incident.number(), incident.service()), null, Priority.BACKGROUND));
        SlackMessage summary = summaries.summary(incident);
        outbox.enqueue(new OutboundMessage(summaryKey(id), id, Kind.POST, channel, null, null, summary.text(),
                summary.blocksJson(), Priority.BACKGROUND));
        outbox.enqueue(new OutboundMessage(summaryKey(id) + ":pin", id, Kind.PIN, channel, null, summaryKey(id),
                null, null, Priority.BACKGROUND));
    }

    @Override
    public void invite(IncidentChannelState incident, String person) {
        String id = incident.incidentId();
        outbox.enqueue(new OutboundMessage("invite:" + id + ":" + person.strip(), id, Kind.INVITE,
                OutboundMessage.subjectChannel(id), null, null, person.strip(), null, Priority.BACKGROUND));
    }

    @Override
    public void refreshSummary(IncidentChannelState incident) {
        String id = incident.incidentId();
        SlackMessage summary = summaries.summary(incident);
        outbox.enqueue(new OutboundMessage(summaryKey(id) + ":" + incident.revision(), id, Kind.UPDATE,
                OutboundMessage.subjectChannel(id), null, summaryKey(id), summary.text(), summary.blocksJson(),
                Priority.NORMAL));
    }

    @Override
    public void statusUpdate(IncidentChannelState incident, StatusUpdatePosted update, Recipient broadcast) {
        String key = "status:" + incident.incidentId() + ":" + update.sequence();
        SlackMessage message = updates.statusUpdate(incident, update);
        inIncidentChannel(incident, key, message, List.of());
        if (broadcast != null) {
            post(incident, key + ":broadcast", broadcast.channel(), broadcast.fallbacks(), message);
        }
    }

    @Override
    public void updateOverdue(IncidentChannelState incident, StatusUpdateOverdue overdue, String teamChannel,
                              Recipient escalateTo) {
        String key = "nudge:" + incident.incidentId() + ":" + overdue.dueAt().getEpochSecond() + ":"
                + overdue.missed();
        inIncidentChannel(incident, key, notices.nudge(incident, overdue),
                teamChannel == null ? List.of() : List.of(teamChannel));
        if (escalateTo != null) {
            tell(incident, key + ":escalation", escalateTo,
                    addressee -> notices.missedUpdatesEscalated(incident, overdue, addressee));
        }
    }

    @Override
    public void severityRaisedByAlert(IncidentChannelState incident, SeverityChanged change) {
        inIncidentChannel(incident, notice(incident, "severity", change.changedAt().toEpochMilli()),
                notices.severityRaisedByAlert(incident, change), List.of());
    }

    @Override
    public void allAlertsResolved(IncidentChannelState incident, AllAlertsResolved resolved) {
        inIncidentChannel(incident, notice(incident, "alerts-resolved", resolved.at().toEpochMilli()),
                notices.allAlertsResolved(incident, resolved), List.of());
    }

    @Override
    public void escalationExhausted(IncidentChannelState incident, EscalationExhausted exhausted, Recipient team) {
        post(incident, notice(incident, "escalation-exhausted", exhausted.steps()), team.channel(), team.fallbacks(),
                notices.escalationExhausted(incident, exhausted));
    }

    @Override
    public void resolved(IncidentChannelState incident, IncidentResolved resolved) {
        inIncidentChannel(incident, notice(incident, "resolved", resolved.resolvedAt().toEpochMilli()),
                notices.resolved(incident, resolved), List.of());
    }

    @Override
    public void reopened(IncidentChannelState incident, IncidentReopened reopened) {
        inIncidentChannel(incident, notice(incident, "reopened", reopened.reopenedAt().toEpochMilli()),
                notices.reopened(incident, reopened), List.of());
    }

    /**
     * A person with a Slack user id gets a direct message (the channel if that fails); one known only by email is
     * mentioned in the channel, since a direct message needs a user id; a channel as a whole gets {@code @here} when
     * nobody in particular is responsible.
     */
    private void tell(IncidentChannelState incident, String key, Recipient recipient,
                      Function<String, SlackMessage> render) {
        if (recipient.person() != null && SlackResponder.isUserId(recipient.person().strip())) {
            List<String> fallbacks = recipient.channel() == null ? List.of() : List.of(recipient.channel());
            post(incident, key, OutboundMessage.directMessage(recipient.person().strip()), fallbacks,
                    render.apply(SlackPeople.mention(recipient.person())));
        } else if (recipient.channel() != null) {
            String addressee = recipient.person() != null ? SlackPeople.mention(recipient.person())
                    : recipient.everyone() ? "<!here>" : "Heads up:";
            post(incident, key, recipient.channel(), recipient.fallbacks(), render.apply(addressee));
        }
    }

    private void inIncidentChannel(IncidentChannelState incident, String key, SlackMessage message,
                                   List<String> fallbacks) {
        post(incident, key, OutboundMessage.subjectChannel(incident.incidentId()), fallbacks, message);
    }

    private void post(IncidentChannelState incident, String key, String address, List<String> fallbacks,
                      SlackMessage message) {
        outbox.enqueue(new OutboundMessage(key, incident.incidentId(), Kind.POST, address, fallbacks, null,
                message.text(), message.blocksJson(), Priority.NORMAL));
    }

    private static String notice(IncidentChannelState incident, String what, long discriminator) {
        return "notice:" + incident.incidentId() + ":" + what + ":" + discriminator;
    }
}
