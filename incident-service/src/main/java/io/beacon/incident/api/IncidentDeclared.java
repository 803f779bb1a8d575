package io.beacon.incident.api;

import java.time.Instant;

/**
 * A new incident opened: the detection point of its timeline.
 *
 * @param number     its sequential number ({@code INC-42})
 * @param trigger    the first alert signal, or null when declared by hand
 * @param declaredBy who declared it by hand, or null when an alert opened it
 * @param escalation the team's policy as it was at this moment
 */
public record IncidentDeclared(
        String incidentId,
        long number,
        String service,
        String title,
        IncidentSeverity severity,
        AlertSignal trigger,
        String declaredBy,
        EscalationPolicy escalation,
        Instant declaredAt) implements IncidentEvent {

    public IncidentBrief brief() {
        return new IncidentBrief(number, service, title, severity, trigger, declaredAt);
    }
}
