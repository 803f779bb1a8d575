package io.beacon.incident.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model row behind {@code GET /api/incidents}; written only by {@link IncidentSummaryProjection}. */
@Entity
@Table(name = "incident_summary")
public class IncidentSummary {

    @Id
    @Column(name = "incident_id")
    private String id;
    private String service;
    private String title;
    private String severity;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    private Instant declaredAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private String pagedResponder;
    private String pagedChannel;
    private Instant pagedAt;
    private int signalCount;
    private Instant lastSignalAt;

    protected IncidentSummary() {
        // for JPA
    }

    IncidentSummary(String id, String service, String title, String severity, Instant declaredAt) {
        this.id = id;
        this.service = service;
        this.title = title;
        this.severity = severity;
        this.status = IncidentStatus.TRIGGERED;
        this.declaredAt = declaredAt;
        this.signalCount = 1;
        this.lastSignalAt = declaredAt;
    }

    void signalAttached(Instant at) {
        signalCount++;
        lastSignalAt = at;
    }

    void paged(String responder, String channel, Instant at) {
        pagedResponder = responder;
        pagedChannel = channel;
        pagedAt = at;
    }

    void acknowledged(String by, Instant at) {
        status = IncidentStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public String getId() {
        return id;
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

    public IncidentStatus getStatus() {
        return status;
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

    public String getPagedResponder() {
        return pagedResponder;
    }

    public String getPagedChannel() {
        return pagedChannel;
    }

    public Instant getPagedAt() {
        return pagedAt;
    }

    public int getSignalCount() {
        return signalCount;
    }

    public Instant getLastSignalAt() {
        return lastSignalAt;
    }
}
