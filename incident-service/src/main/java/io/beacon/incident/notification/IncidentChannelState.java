package io.beacon.incident.notification;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentReference;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.api.StatusLabel;

import java.time.Instant;

/**
 * An incident as its Slack channel shows it, kept by {@link IncidentChannelHandler} from the events alone (it reads
 * nothing back from the aggregate). Every text is untrusted and kept raw; renderers escape it. Each change returns a
 * new state with the next {@code revision} (the summary's update number) and the event sequence it applied.
 *
 * @param teamChannel       the owning team's channel at declaration: where escalations go and broadcasts fall back
 * @param revision          how many times the summary changed since it was posted
 * @param lastEventSequence the aggregate sequence number of the last event applied; older ones are redeliveries
 */
public record IncidentChannelState(
        String incidentId,
        long number,
        String service,
        String title,
        IncidentSeverity severity,
        IncidentStatus status,
        String commander,
        String acknowledgedBy,
        StatusLabel updateLabel,
        String updateSummary,
        String updateImpact,
        Instant nextUpdateDueAt,
        int missedUpdates,
        String runbookUrl,
        String sourceUrl,
        String teamChannel,
        String resolvedBy,
        Instant resolvedAt,
        Instant declaredAt,
        int revision,
        long lastEventSequence) {

    static final int SERVICE_MAX = 1000;
    static final int TEXT_MAX = 4000;
    static final int URL_MAX = 2000;
    static final int NAME_MAX = 255;

    public IncidentChannelState {
        service = clip(service, SERVICE_MAX);
        title = clip(title, TEXT_MAX);
        commander = clip(commander, NAME_MAX);
        acknowledgedBy = clip(acknowledgedBy, NAME_MAX);
        updateSummary = clip(updateSummary, TEXT_MAX);
        updateImpact = clip(updateImpact, TEXT_MAX);
        runbookUrl = clip(runbookUrl, URL_MAX);
        sourceUrl = clip(sourceUrl, URL_MAX);
        teamChannel = clip(teamChannel, NAME_MAX);
        resolvedBy = clip(resolvedBy, NAME_MAX);
    }

    static IncidentChannelState declared(IncidentDeclared event, long sequence) {
        AlertSignal trigger = event.trigger();
        return new IncidentChannelState(event.incidentId(), event.number(), event.service(), event.title(),
                event.severity(), IncidentStatus.TRIGGERED, null, null, null, null, null, null, 0,
                trigger == null ? null : trigger.runbookUrl(), trigger == null ? null : trigger.generatorUrl(),
                event.escalation() == null ? null : event.escalation().teamChannel(), null, null,
                event.declaredAt(), 0, sequence);
    }

    public String reference() {
        return IncidentReference.of(number);
    }

    public boolean isAcknowledged() {
        return status != IncidentStatus.TRIGGERED;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    IncidentChannelState acknowledged(String by, Instant firstUpdateDueAt, long sequence) {
        IncidentStatus next = status == IncidentStatus.TRIGGERED ? IncidentStatus.ACKNOWLEDGED : status;
        return new IncidentChannelState(incidentId, number, service, title, severity, next, commander, by,
                updateLabel, updateSummary, updateImpact, firstUpdateDueAt, 0, runbookUrl, sourceUrl, teamChannel,
                resolvedBy, resolvedAt, declaredAt, revision + 1, sequence);
    }

    IncidentChannelState commander(String newCommander, long sequence) {
        return new IncidentChannelState(incidentId, number, service, title, severity, status, newCommander,
                acknowledgedBy, updateLabel, updateSummary, updateImpact, nextUpdateDueAt, missedUpdates, runbookUrl,
                sourceUrl, teamChannel, resolvedBy, resolvedAt, declaredAt, revision + 1, sequence);
    }

    IncidentChannelState severity(IncidentSeverity newSeverity, long sequence) {
        return new IncidentChannelState(incidentId, number, service, title, newSeverity, status, commander,
                acknowledgedBy, updateLabel, updateSummary, updateImpact, nextUpdateDueAt, missedUpdates, runbookUrl,
                sourceUrl, teamChannel, resolvedBy, resolvedAt, declaredAt, revision + 1, sequence);
    }

    IncidentChannelState statusUpdate(StatusLabel label, String summary, String impact, String updateCommander,
                                      Instant nextDue, long sequence) {
        return new IncidentChannelState(incidentId, number, service, title, severity, label.status(),
                updateCommander == null ? commander : updateCommander,
                acknowledgedBy, label, summary, impact, nextDue, 0, runbookUrl, sourceUrl, teamChannel, resolvedBy,
                resolvedAt, declaredAt, revision + 1, sequence);
    }

    IncidentChannelState overdue(int missed, long sequence) {
        return new IncidentChannelState(incidentId, number, service, title, severity, status, commander,
                acknowledgedBy, updateLabel, updateSummary, updateImpact, nextUpdateDueAt, missed, runbookUrl,
                sourceUrl, teamChannel, resolvedBy, resolvedAt, declaredAt, revision + 1, sequence);
    }

    IncidentChannelState resolved(String by, Instant at, long sequence) {
        return new IncidentChannelState(incidentId, number, service, title, severity, IncidentStatus.RESOLVED,
                commander, acknowledgedBy, updateLabel, updateSummary, updateImpact, null, 0, runbookUrl, sourceUrl,
                teamChannel, by, at, declaredAt, revision + 1, sequence);
    }

    IncidentChannelState reopened(Instant nextDue, long sequence) {
        return new IncidentChannelState(incidentId, number, service, title, severity, IncidentStatus.INVESTIGATING,
                commander, acknowledgedBy, updateLabel, updateSummary, updateImpact, nextDue, 0, runbookUrl,
                sourceUrl, teamChannel, null, null, declaredAt, revision + 1, sequence);
    }

    private static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
