package io.beacon.incident.incident;

import org.axonframework.modelling.command.AggregateScopeDescriptor;

/** The deadline scope of one incident, named explicitly so a deadline scheduled while it is created finds it. */
final class IncidentScope {

    private IncidentScope() {
    }

    static AggregateScopeDescriptor of(String incidentId) {
        return new AggregateScopeDescriptor(Incident.class.getSimpleName(), incidentId);
    }
}
