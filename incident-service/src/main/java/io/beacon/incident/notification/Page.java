package io.beacon.incident.notification;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.IncidentBrief;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SloContext;

import java.time.Instant;
import java.util.List;

/**
 * What a responder needs to act on an incident. Every text taken from the alert (title, description, SLO
 * details, URLs, source severity) is untrusted and must be escaped by whoever renders it.
 *
 * @param step      the escalation step this page belongs to (its identity: one message per step)
 * @param responder whom it addresses (a Slack user id or email), or null when a whole channel is paged
 * @param fallbacks where to post it when {@code channel} is gone
 */
public record Page(
        String incidentId,
        String reference,
        int step,
        int level,
        int round,
        String service,
        String title,
        IncidentSeverity severity,
        String description,
        SloContext slo,
        String runbookUrl,
        String generatorUrl,
        String sourceSeverity,
        String responder,
        String channel,
        List<String> fallbacks,
        Instant declaredAt) {

    public Page {
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    public static Page of(ResponderPaged paged) {
        return of(paged.incidentId(), paged.brief(), paged.step(), paged.level(), paged.round(), paged.responder(),
                paged.channel(), paged.fallbacks());
    }

    /** The page of {@code step} as it reads once acknowledged: where it went no longer matters. */
    public static Page acknowledged(String incidentId, IncidentBrief brief, int step) {
        return of(incidentId, brief, step, 0, 0, null, null, List.of());
    }

    private static Page of(String incidentId, IncidentBrief brief, int step, int level, int round, String responder,
                           String channel, List<String> fallbacks) {
        AlertSignal trigger = brief.trigger();
        return new Page(incidentId, brief.reference(), step, level, round, brief.service(), brief.title(),
                brief.severity(),
                trigger == null ? null : trigger.description(),
                trigger == null ? null : trigger.slo(),
                trigger == null ? null : trigger.runbookUrl(),
                trigger == null ? null : trigger.generatorUrl(),
                trigger == null ? null : trigger.sourceSeverity(),
                responder, channel, fallbacks, brief.declaredAt());
    }

    /** The outbox key of this page's Slack message: one message per incident and step. */
    public String messageKey() {
        return "page:" + incidentId + ":" + step;
    }
}
