package io.beacon.incident.notification;

import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;

/**
 * What an incident says in chat besides pages: its own channel with a pinned, always current summary, status
 * updates, nudges and notices. {@link IncidentChannelHandler} decides what to say and to whom; implementations
 * render it and record it durably (the Slack outbox) under keys derived from the incident and the event, so saying
 * the same thing twice sends one message.
 */
public interface IncidentNotifier {

    /** Creates the incident's channel, posts its summary there and pins it. */
    void openChannel(IncidentChannelState incident);

    /** Invites a person (a Slack user id or email) to the incident's channel. */
    void invite(IncidentChannelState incident, String person);

    /** Updates the pinned summary to show {@code incident} (its {@code revision} numbers the update). */
    void refreshSummary(IncidentChannelState incident);

    /** Posts a status update in the incident's channel and, when {@code broadcast} is not null, there too. */
    void statusUpdate(IncidentChannelState incident, StatusUpdatePosted update, Recipient broadcast);

    /**
     * Nudges the commander in the incident's channel (falling back to {@code teamChannel}); when {@code escalateTo} is
     * not null, tells them too that the commander missed updates.
     */
    void updateOverdue(IncidentChannelState incident, StatusUpdateOverdue overdue, String teamChannel,
                       Recipient escalateTo);

    /** Tells the commander in the incident's channel that an alert raised the severity. */
    void severityRaisedByAlert(IncidentChannelState incident, SeverityChanged change);

    /** Tells the commander in the incident's channel that every alert resolved. */
    void allAlertsResolved(IncidentChannelState incident, AllAlertsResolved resolved);

    /** Alerts the team: nobody acknowledged though every level was paged. */
    void escalationExhausted(IncidentChannelState incident, EscalationExhausted exhausted, Recipient team);

    void resolved(IncidentChannelState incident, IncidentResolved resolved);

    void reopened(IncidentChannelState incident, IncidentReopened reopened);
}
