package io.beacon.incident.query;

import io.beacon.contracts.BoundedText;
import io.beacon.incident.api.IncidentReference;
import io.beacon.incident.api.IncidentStatus;
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

    static final int LATEST_UPDATE_MAX = 4000;
    /** The {@code title} column's size: a longer title is cut with a marker, so that the projection never stalls. */
    static final int TITLE_MAX = 4000;

    @Id
    @Column(name = "incident_id")
    private String id;
    @Column(name = "incident_number")
    private Long number;
    private String service;
    private String title;
    private String severity;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status;
    private String commander;
    private Instant declaredAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant mitigatedAt;
    private Instant resolvedAt;
    private String resolvedBy;
    private Instant nextUpdateDueAt;
    private String latestUpdate;
    private int updateCount;
    private int escalationStep;
    private String pagedResponder;
    private String pagedChannel;
    private Instant pagedAt;
    private int signalCount;
    private Instant lastSignalAt;

    protected IncidentSummary() {
        // for JPA
    }

    IncidentSummary(String id, long number, String service, String title, String severity, boolean fromAlert,
                    Instant declaredAt) {
        this.id = id;
        this.number = number;
        this.service = service;
        this.title = BoundedText.cut(title, TITLE_MAX);
        this.severity = severity;
        this.status = IncidentStatus.TRIGGERED;
        this.declaredAt = declaredAt;
        this.signalCount = fromAlert ? 1 : 0;
        this.lastSignalAt = fromAlert ? declaredAt : null;
    }

    void signalAttached(Instant at) {
        signalCount++;
        lastSignalAt = at;
    }

    void paged(int step, String responder, String channel, Instant at) {
        escalationStep = Math.max(escalationStep, step);
        pagedResponder = responder;
        pagedChannel = channel;
        pagedAt = at;
    }

    void acknowledged(String by, Instant at, Instant firstUpdateDue) {
        status = IncidentStatus.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
        nextUpdateDueAt = firstUpdateDue;
    }

    void commander(String commander) {
        this.commander = commander;
    }

    void severity(String severity) {
        this.severity = severity;
    }

    void statusUpdate(IncidentStatus status, String summary, Instant nextDue, Instant at) {
        this.status = status;
        this.latestUpdate = summary == null || summary.length() <= LATEST_UPDATE_MAX ? summary
                : summary.substring(0, LATEST_UPDATE_MAX);
        this.nextUpdateDueAt = nextDue;
        this.updateCount++;
        if (status == IncidentStatus.MONITORING && mitigatedAt == null) {
            mitigatedAt = at;
        }
    }

    void resolved(String by, Instant at) {
        status = IncidentStatus.RESOLVED;
        resolvedBy = by;
        resolvedAt = at;
        nextUpdateDueAt = null;
    }

    void reopened(Instant nextDue) {
        status = IncidentStatus.INVESTIGATING;
        resolvedAt = null;
        resolvedBy = null;
        nextUpdateDueAt = nextDue;
    }

    public String getId() { return id; }
    public Long getNumber() { return number; }
    public String getReference() { return number == null ? null : IncidentReference.of(number); }
    public String getService() { return service; }
    public String getTitle() { return title; }
    public String getSeverity() { return severity; }
    public IncidentStatus getStatus() { return status; }
    public String getCommander() { return commander; }
    public Instant getDeclaredAt() { return declaredAt; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public Instant getMitigatedAt() { return mitigatedAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getNextUpdateDueAt() { return nextUpdateDueAt; }
    public String getLatestUpdate() { return latestUpdate; }
    public int getUpdateCount() { return updateCount; }
    public int getEscalationStep() { return escalationStep; }
    public String getPagedResponder() { return pagedResponder; }
    public String getPagedChannel() { return pagedChannel; }
    public Instant getPagedAt() { return pagedAt; }
    public int getSignalCount() { return signalCount; }
    public Instant getLastSignalAt() { return lastSignalAt; }
}
