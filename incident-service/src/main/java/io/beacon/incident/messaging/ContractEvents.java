package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentAcknowledged;
import io.beacon.contracts.IncidentCommanderAssigned;
import io.beacon.contracts.IncidentDeclared;
import io.beacon.contracts.IncidentEscalated;
import io.beacon.contracts.IncidentIntegrationEvent;
import io.beacon.contracts.IncidentReopened;
import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.IncidentSeverityChanged;
import io.beacon.contracts.IncidentStatusUpdated;
import io.beacon.contracts.StatusLabel;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusUpdatePosted;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Maps the internal events other services hear of to contract events; everything else stays inside. The choice of
 * what leaves is made here, in one switch: paging (except escalations), deliveries, nudges and notification failures
 * are this service's business.
 */
final class ContractEvents {

    private ContractEvents() {
    }

    /** The envelope of one published event: its id (from the Axon message id) and when it happened. */
    record Envelope(UUID eventId, Instant occurredAt) {
    }

    /** The contract event for {@code event}, or empty when it does not leave this service. */
    static Optional<IncidentIntegrationEvent> of(IncidentEvent event, Envelope envelope, IncidentFacts facts,
                                                 Supplier<Story> story) {
        UUID id = envelope.eventId();
        Instant at = envelope.occurredAt();
        IncidentIntegrationEvent mapped = switch (event) {
            case io.beacon.incident.api.IncidentDeclared e -> new IncidentDeclared(id, at,
                    IncidentDeclared.SCHEMA_VERSION, e.incidentId(), e.service(), facts.reference(), e.number(),
                    e.title(), severity(e.severity()), e.declaredBy(), e.declaredAt());
            case io.beacon.incident.api.IncidentAcknowledged e -> new IncidentAcknowledged(id, at,
                    IncidentAcknowledged.SCHEMA_VERSION, e.incidentId(), facts.service(), facts.reference(),
                    facts.number(), e.acknowledgedBy(), e.acknowledgedAt());
            case ResponderPaged e when e.isEscalation() -> new IncidentEscalated(id, at,
                    IncidentEscalated.SCHEMA_VERSION, e.incidentId(), facts.service(), facts.reference(),
                    facts.number(), e.step(), e.level(), e.round(), e.responder(), e.channel(), e.pagedAt());
            case SeverityChanged e -> new IncidentSeverityChanged(id, at, IncidentSeverityChanged.SCHEMA_VERSION,
                    e.incidentId(), facts.service(), facts.reference(), facts.number(), severity(e.from()),
                    severity(e.to()), e.changedBy(), e.reason(), e.changedAt());
            case CommanderAssigned e -> new IncidentCommanderAssigned(id, at,
                    IncidentCommanderAssigned.SCHEMA_VERSION, e.incidentId(), facts.service(), facts.reference(),
                    facts.number(), e.commander(), e.previous(), e.assignedBy(), e.assignedAt());
            case StatusUpdatePosted e -> new IncidentStatusUpdated(id, at, IncidentStatusUpdated.SCHEMA_VERSION,
                    e.incidentId(), facts.service(), facts.reference(), facts.number(), e.sequence(),
                    StatusLabel.valueOf(e.label().name()), e.summary(), e.impact(), e.nextStep(), e.commander(),
                    e.postedBy(), e.nextUpdateDueAt(), e.postedAt());
            case io.beacon.incident.api.IncidentResolved e -> resolved(e, envelope, facts, story.get());
            case io.beacon.incident.api.IncidentReopened e -> new IncidentReopened(id, at,
                    IncidentReopened.SCHEMA_VERSION, e.incidentId(), facts.service(), facts.reference(),
                    facts.number(), e.reopenedBy(), e.reason(), e.reopenedAt());
            default -> null;
        };
        return Optional.ofNullable(mapped);
    }

    /**
     * The signals and status updates of an incident, read only when it resolves; {@code signalsOmitted}: how many
     * signals were left out between the first and the last ones in {@code signals}.
     */
    record Story(List<IncidentResolved.Signal> signals, int signalsOmitted,
                 List<IncidentResolved.StatusUpdate> statusUpdates) {
    }

    private static IncidentResolved resolved(io.beacon.incident.api.IncidentResolved e, Envelope envelope,
                                             IncidentFacts facts, Story story) {
        return new IncidentResolved(envelope.eventId(), envelope.occurredAt(), IncidentResolved.SCHEMA_VERSION,
                e.incidentId(), facts.service(), facts.reference(), facts.number(), facts.title(), facts.severity(),
                facts.commander(), e.summary(), e.resolvedBy(), facts.declaredAt(), facts.acknowledgedAt(),
                facts.mitigatedAt(), e.resolvedAt(),
                IncidentResolved.between(facts.declaredAt(), facts.acknowledgedAt()),
                IncidentResolved.between(facts.declaredAt(), facts.mitigatedAt()),
                IncidentResolved.between(facts.declaredAt(), e.resolvedAt()),
                story.signals(), story.statusUpdates(), story.signalsOmitted());
    }

    private static IncidentSeverity severity(io.beacon.incident.api.IncidentSeverity severity) {
        return IncidentSeverity.valueOf(severity.name());
    }
}
