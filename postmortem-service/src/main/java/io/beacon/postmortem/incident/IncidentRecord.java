package io.beacon.postmortem.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What postmortem-service knows of an incident, from incident-service's integration events. */
@Entity
@Table(name = "incident_record")
public class IncidentRecord {

    @Id
    @Column(name = "incident_id")
    private String incidentId;
    private String service;
    private String title;
    private String severity;
    private Instant declaredAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant resolvedAt;

    protected IncidentRecord() {
        // for JPA
    }

    IncidentRecord(String incidentId) {
        this.incidentId = incidentId;
    }

    void declared(String service, String title, String severity, Instant declaredAt) {
        this.service = service;
        this.title = title;
        this.severity = severity;
        this.declaredAt = declaredAt;
    }

    void acknowledged(String service, String by, Instant at) {
        if (this.service == null) {
            this.service = service;
        }
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    void resolved(String service, String title, Instant declaredAt, Instant resolvedAt) {
        if (this.service == null) {
            declared(service, title, null, declaredAt);
        }
        this.resolvedAt = resolvedAt;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getService() {
        return service;
    }

    public String getTitle() {
        return title;
    }

    public String getSeverity() {
        return severity;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
