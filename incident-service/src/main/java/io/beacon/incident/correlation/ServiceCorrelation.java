package io.beacon.incident.correlation;

import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.IncidentOpenedForService;
import io.beacon.incident.incident.DomainClock;
import io.beacon.incident.incident.Incident;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * The consistency boundary for "one open incident per service": one instance per service, holding which incident
 * (if any) is open. Two signals racing for the same service both load this aggregate; the event store's unique
 * (aggregate id, sequence) lets only one of them open an incident, and the retried loser attaches to it.
 */
@Aggregate
public class ServiceCorrelation {

    @AggregateIdentifier
    private String correlationId;
    private String openIncidentId;

    protected ServiceCorrelation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(CorrelateSignal command) throws Exception {
        CorrelationPolicy.Decision decision = CorrelationPolicy.decide(openIncidentId, command.signal());
        return switch (decision) {
            case ATTACH_TO_OPEN_INCIDENT -> openIncidentId;
            case IGNORE -> null;
            case OPEN_INCIDENT -> openIncident(command);
        };
    }

    private String openIncident(CorrelateSignal command) throws Exception {
        String incidentId = UUID.randomUUID().toString();
        Instant now = DomainClock.now();
        apply(new IncidentOpenedForService(command.correlationId(), command.service(), incidentId, now));
        createNew(Incident.class, () -> new Incident(incidentId, command.service(), command.signal(), now));
        return incidentId;
    }

    @EventSourcingHandler
    void on(IncidentOpenedForService event) {
        correlationId = event.correlationId();
        openIncidentId = event.incidentId();
    }
}
