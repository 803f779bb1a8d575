package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackPeople;

import io.beacon.slack.SlackText;
import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.notification.IncidentChannelState;

import java.util.List;

import static io.beacon.incident.notification.slack.SlackBlocks.hasText;

/**
 * One-line messages in an incident's channels: nudges for late updates, their escalation, and notices of what
 * changed without anyone in the channel doing it. Each addresses the person who has to act; user and alert text is
 * escaped, so only the mentions written here notify anyone.
 */
final class SlackNoticeRenderer {

    SlackMessage nudge(IncidentChannelState incident, StatusUpdateOverdue overdue) {
        String line = ":alarm_clock: " + addressee(responsible(incident, overdue.commander()))
                + " the update promised for " + SlackDates.format(overdue.dueAt())
                + " is late; post one with `/incident update` or the button on the pinned summary";
        if (overdue.missed() > 1) {
            line += " (" + overdue.missed() + " missed in a row)";
        }
        return notice(line);
    }

    SlackMessage missedUpdatesEscalated(IncidentChannelState incident, StatusUpdateOverdue overdue, String addressee) {
        return notice(":rotating_light: " + addressee + " " + what(incident) + ": its commander "
                + SlackPeople.mention(responsible(incident, overdue.commander())) + " has missed "
                + overdue.missed() + " status updates in a row (one was due " + SlackDates.format(overdue.dueAt())
                + "). Please check on the incident.");
    }

    SlackMessage severityRaisedByAlert(IncidentChannelState incident, SeverityChanged change) {
        String line = ":arrow_double_up: " + addressee(responsible(incident, change.commander()))
                + " an alert raised the severity of " + incident.reference() + " from "
                + SlackPageRenderer.severity(change.from()) + " to " + SlackPageRenderer.severity(change.to());
        if (hasText(change.reason())) {
            line += ": " + SlackText.oneLine(SlackText.escape(change.reason(), 1000));
        }
        return notice(line);
    }

    SlackMessage allAlertsResolved(IncidentChannelState incident, AllAlertsResolved resolved) {
        return notice(":large_green_circle: " + addressee(responsible(incident, resolved.commander()))
                + " every alert has resolved (" + resolved.alerts() + ") — resolve the incident if it is over");
    }

    SlackMessage escalationExhausted(IncidentChannelState incident, EscalationExhausted exhausted) {
        return notice(":rotating_light: <!here> nobody has acknowledged " + what(incident) + " after "
                + exhausted.steps() + " pages. Can someone take it?");
    }

    SlackMessage resolved(IncidentChannelState incident, IncidentResolved resolved) {
        String line = ":white_check_mark: " + incident.reference() + " resolved by "
                + SlackPeople.mention(resolved.resolvedBy()) + " " + SlackDates.at(resolved.resolvedAt());
        if (hasText(resolved.summary())) {
            line += ": " + SlackText.escape(resolved.summary(), 2000);
        }
        return notice(line);
    }

    SlackMessage reopened(IncidentChannelState incident, IncidentReopened reopened) {
        String line = ":arrows_counterclockwise: " + incident.reference() + " reopened by "
                + SlackPeople.mention(reopened.reopenedBy());
        if (hasText(reopened.reason())) {
            line += ": " + SlackText.escape(reopened.reason(), 2000);
        }
        if (reopened.nextUpdateDueAt() != null) {
            line += ". Next update due " + SlackDates.format(reopened.nextUpdateDueAt());
        }
        return notice(line);
    }

    private static String what(IncidentChannelState incident) {
        return incident.reference() + " " + SlackText.oneLine(SlackText.escape(incident.service(), 200)) + " ("
                + incident.severity().name() + ")";
    }

    /** Whoever has to act, or everyone present when nobody has taken the incident yet. */
    private static String addressee(String person) {
        return hasText(person) ? SlackPeople.mention(person) : "<!here>";
    }

    /** The commander; before there is one, whoever acknowledged. */
    private static String responsible(IncidentChannelState incident, String commander) {
        if (hasText(commander)) {
            return commander;
        }
        return hasText(incident.commander()) ? incident.commander() : incident.acknowledgedBy();
    }

    private static SlackMessage notice(String mrkdwn) {
        return new SlackMessage(SlackText.truncate(mrkdwn, SlackBlocks.TEXT_MAX),
                List.of(SlackBlocks.mrkdwnSection(mrkdwn)));
    }
}
