package io.beacon.incident.correlation;

import io.beacon.incident.caching.AggregateCachingConfiguration;
import io.beacon.incident.api.CorrelateSignal;
import io.beacon.incident.api.DeclareIncident;
import io.beacon.incident.api.IncidentAlreadyOpen;
import io.beacon.incident.api.IncidentOpenedForService;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.OpenIncident;
import io.beacon.incident.api.OpenIncidentForSignal;
import io.beacon.incident.api.ReclaimService;
import io.beacon.incident.api.ReleaseService;
import io.beacon.incident.api.ServiceReleased;
import io.beacon.incident.incident.DomainClock;
import io.beacon.incident.incident.EscalationPolicies;
import io.beacon.incident.incident.Incident;
import io.beacon.incident.incident.IncidentNumbers;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import org.axonframework.common.IdentifierFactory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * The consistency boundary for "one open incident per service": one instance per service, holding which incident
 * (if any) is open. Two signals racing for the same service both load this aggregate; the event store's unique
 * (aggregate id, sequence) lets only one of them open an incident, and the retried loser attaches to it. A resolved
 * incident releases the service, so its next alert opens a new incident.
 */
@Aggregate(cache = AggregateCachingConfiguration.AGGREGATE_CACHE)
public class ServiceCorrelation {

    @AggregateIdentifier
    private String correlationId;
    private String openIncidentId;

    protected ServiceCorrelation() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(CorrelateSignal command, EscalationPolicies policies, IncidentNumbers numbers,
                  DeadlineManager deadlines) throws Exception {
        CorrelationPolicy.Decision decision = CorrelationPolicy.decide(openIncidentId, command.signal());
        return switch (decision) {
            case ATTACH_TO_OPEN_INCIDENT -> openIncidentId;
            case IGNORE -> null;
            case OPEN_INCIDENT -> open(command.correlationId(), command.service(), command.signal().title(),
                    IncidentSeverity.of(command.signal().severity()), command.signal(), null, policies, numbers,
                    deadlines);
        };
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(OpenIncidentForSignal command, EscalationPolicies policies, IncidentNumbers numbers,
                  DeadlineManager deadlines) throws Exception {
        if (CorrelationPolicy.decide(openIncidentId, command.signal()) != CorrelationPolicy.Decision.OPEN_INCIDENT) {
            return null; // open already (the in-order intake attaches to it), or a signal that opens nothing
        }
        return open(command.correlationId(), command.service(), command.signal().title(),
                IncidentSeverity.of(command.signal().severity()), command.signal(), null, policies, numbers,
                deadlines);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(DeclareIncident command, EscalationPolicies policies, IncidentNumbers numbers,
                  DeadlineManager deadlines) throws Exception {
        ManualDeclaration.check(command);
        if (openIncidentId != null) {
            throw new IncidentAlreadyOpen(command.service(), openIncidentId);
        }
        return open(command.correlationId(), command.service(), command.title().strip(), command.severity(), null,
                command.declaredBy(), policies, numbers, deadlines);
    }

    @CommandHandler
    void handle(ReleaseService command) {
        if (command.incidentId().equals(openIncidentId)) {
            apply(new ServiceReleased(correlationId, serviceOf(correlationId), command.incidentId(),
                    DomainClock.now()));
        }
    }

    @CommandHandler
    void handle(ReclaimService command) {
        if (openIncidentId == null) {
            apply(new IncidentOpenedForService(correlationId, serviceOf(correlationId), command.incidentId(),
                    DomainClock.now()));
        }
    }

    private String open(String correlationId, String service, String title, IncidentSeverity severity,
                        io.beacon.incident.api.AlertSignal trigger, String declaredBy, EscalationPolicies policies,
                        IncidentNumbers numbers, DeadlineManager deadlines) throws Exception {
        String incidentId = IdentifierFactory.getInstance().generateIdentifier(); // a random UUID, without its lock
        Instant now = DomainClock.now();
        OpenIncident open = new OpenIncident(incidentId, numbers.next(), service, title, severity, trigger,
                declaredBy, policies.policyFor(service));
        apply(new IncidentOpenedForService(correlationId, service, incidentId, now));
        createNew(Incident.class, () -> new Incident(open, deadlines));
        return incidentId;
    }

    private static String serviceOf(String correlationId) {
        return correlationId.substring(correlationId.indexOf(':') + 1);
    }

    @EventSourcingHandler
    void on(IncidentOpenedForService event) {
        correlationId = event.correlationId();
        openIncidentId = event.incidentId();
    }

    @EventSourcingHandler
    void on(ServiceReleased event) {
        openIncidentId = null;
    }
}
