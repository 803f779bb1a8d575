package io.beacon.incident.api;

/** The service already has an open incident; work on that one. */
public class IncidentAlreadyOpen extends RuntimeException {

    private final String incidentId;

    public IncidentAlreadyOpen(String service, String incidentId) {
        super("Service " + service + " already has an open incident (" + incidentId + ")");
        this.incidentId = incidentId;
    }

    public String incidentId() {
        return incidentId;
    }
}
