package io.beacon.incident.query;

import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.NotificationFailed;
import io.beacon.incident.api.PageDelivered;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.SignalAttached;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;

/** One line per incident event, in people's words. */
final class TimelineEntries {

    private TimelineEntries() {
    }

    static TimelineEntry of(IncidentEvent event) {
        return switch (event) {
            case IncidentDeclared e -> new TimelineEntry("DECLARED", e.declaredAt(),
                    e.severity() + " incident " + e.brief().reference() + " for " + e.service() + ": " + e.title(),
                    e.trigger() != null ? e.trigger().source() : e.declaredBy());
            case SignalAttached e -> new TimelineEntry("SIGNAL", e.attachedAt(),
                    e.signal().status() + " " + e.signal().alertName() + ": " + e.signal().title(),
                    e.signal().source());
            case ResponderPaged e -> new TimelineEntry(e.isEscalation() ? "ESCALATED" : "PAGED", e.pagedAt(),
                    "Step " + e.step() + " (level " + e.level() + ", round " + e.round() + ") paged "
                            + (e.responder() == null ? "the channel" : e.responder()) + " in " + e.channel(), null);
            case PageDelivered e -> new TimelineEntry("PAGE_DELIVERED", e.deliveredAt(),
                    "Page of step " + e.step() + " delivered in " + e.channel(), null);
            case EscalationExhausted e -> new TimelineEntry("ESCALATION_EXHAUSTED", e.at(),
                    "Nobody acknowledged after " + e.steps() + " pages", null);
            case IncidentAcknowledged e -> new TimelineEntry("ACKNOWLEDGED", e.acknowledgedAt(),
                    "Acknowledged", e.acknowledgedBy());
            case CommanderAssigned e -> new TimelineEntry("COMMANDER_ASSIGNED", e.assignedAt(),
                    e.commander() + " is the incident commander", e.assignedBy());
            case SeverityChanged e -> new TimelineEntry("SEVERITY_CHANGED", e.changedAt(),
                    "Severity " + e.from() + " → " + e.to() + (e.reason() == null ? "" : ": " + e.reason()),
                    e.changedBy());
            case StatusUpdatePosted e -> new TimelineEntry("STATUS_UPDATE", e.postedAt(),
                    e.label().label() + ": " + e.summary(), e.postedBy());
            case StatusUpdateOverdue e -> new TimelineEntry("UPDATE_OVERDUE", e.at(),
                    "Status update overdue (" + e.missed() + " missed); commander nudged"
                            + (e.escalationContact() == null ? "" : ", escalation contact told"), null);
            case AllAlertsResolved e -> new TimelineEntry("ALERTS_RESOLVED", e.at(),
                    "All " + e.alerts() + " alerts resolved", null);
            case IncidentResolved e -> new TimelineEntry("RESOLVED", e.resolvedAt(),
                    e.summary() == null ? "Resolved" : "Resolved: " + e.summary(), e.resolvedBy());
            case IncidentReopened e -> new TimelineEntry("REOPENED", e.reopenedAt(),
                    e.reason() == null ? "Reopened" : "Reopened: " + e.reason(), e.reopenedBy());
            case NotificationFailed e -> new TimelineEntry("NOTIFICATION_FAILED", e.at(),
                    "Slack refused " + e.purpose() + " in " + e.address() + " (" + e.error() + ")"
                            + (e.deliveredTo() == null ? "; no fallback took it" : "; sent to " + e.deliveredTo()
                            + " instead"), null);
        };
    }
}
