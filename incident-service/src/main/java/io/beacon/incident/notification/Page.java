package io.beacon.incident.notification;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.Severity;
import io.beacon.incident.api.SloContext;
import io.beacon.incident.oncall.OnCallAssignment;

import java.time.Instant;

/**
 * What a responder needs to act on an incident. Every text taken from the alert (title, description, SLO
 * details, URLs, source severity) is untrusted and must be escaped by whoever renders it.
 */
public record Page(
        String incidentId,
        String service,
        String title,
        Severity severity,
        String description,
        SloContext slo,
        String runbookUrl,
        String generatorUrl,
        String sourceSeverity,
        OnCallAssignment onCall,
        Instant declaredAt) {

    public static Page of(IncidentDeclared declared, OnCallAssignment onCall) {
        AlertSignal trigger = declared.trigger();
        return new Page(
                declared.incidentId(),
                declared.service(),
                declared.title(),
                declared.severity(),
                trigger == null ? null : trigger.description(),
                trigger == null ? null : trigger.slo(),
                trigger == null ? null : trigger.runbookUrl(),
                trigger == null ? null : trigger.generatorUrl(),
                trigger == null ? null : trigger.sourceSeverity(),
                onCall,
                declared.declaredAt());
    }
}
