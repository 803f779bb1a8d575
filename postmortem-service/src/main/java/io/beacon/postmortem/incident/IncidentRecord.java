package io.beacon.postmortem.incident;

import io.beacon.contracts.IncidentResolved;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What postmortem-service knows of an incident, from incident-service's integration events. */
@Entity
@Table(name = "incident_record")
public class IncidentRecord {

    @Id
    @Column(name = "incident_id")
    private String incidentId;
    @Column(name = "incident_number")
    private Long number;
    private String reference;
    private String service;
    private String title;
    private String severity;
    private String commander;
    private Instant declaredAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private Instant mitigatedAt;
    private Instant resolvedAt;
    private String resolvedBy;
    private String resolutionSummary;
    private int reopenCount;
    // eager: the list endpoint serialises records outside a session; both lists are small and indexed (not bags)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_record_signal", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    private List<RecordedSignal> signals = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incident_record_status_update", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    private List<RecordedStatusUpdate> statusUpdates = new ArrayList<>();

    protected IncidentRecord() {
        // for JPA
    }

    IncidentRecord(String incidentId) {
        this.incidentId = incidentId;
    }

    void identified(long number, String reference, String service) {
        this.number = number;
        this.reference = reference;
        this.service = service;
    }

    void declared(String title, String severity, Instant declaredAt) {
        this.title = title;
        this.severity = severity;
        this.declaredAt = declaredAt;
    }

    void acknowledged(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
    }

    void commander(String commander) {
        this.commander = commander;
    }

    void severity(String severity) {
        this.severity = severity;
    }

    /** Takes everything the resolution carries; a later resolution (after a reopen) replaces it all. */
    void resolved(IncidentResolved e) {
        declared(e.title(), e.severity().name(), e.declaredAt());
        this.commander = e.commander();
        this.acknowledgedAt = e.acknowledgedAt();
        this.mitigatedAt = e.mitigatedAt();
        this.resolvedAt = e.resolvedAt();
        this.resolvedBy = e.resolvedBy();
        this.resolutionSummary = e.summary();
        signals.clear();
        e.signals().forEach(s -> signals.add(new RecordedSignal(s.alertName(),
                s.status() == null ? null : s.status().name(), s.source(), s.startsAt(), s.title())));
        statusUpdates.clear();
        e.statusUpdates().forEach(u -> statusUpdates.add(new RecordedStatusUpdate(u.sequence(),
                u.label() == null ? null : u.label().name(), u.summary(), u.impact(), u.postedBy(), u.postedAt())));
    }

    /** Counts each reopening: not idempotent by nature, which is why every event is applied once only. */
    void reopened() {
        this.reopenCount++;
        this.resolvedAt = null;
        this.resolvedBy = null;
        this.resolutionSummary = null;
    }

    public String getIncidentId() { return incidentId; }

    public Long getNumber() { return number; }

    public String getReference() { return reference; }

    public String getService() { return service; }

    public String getTitle() { return title; }

    public String getSeverity() { return severity; }

    public String getCommander() { return commander; }

    public Instant getDeclaredAt() { return declaredAt; }

    public Instant getAcknowledgedAt() { return acknowledgedAt; }

    public String getAcknowledgedBy() { return acknowledgedBy; }

    public Instant getMitigatedAt() { return mitigatedAt; }

    public Instant getResolvedAt() { return resolvedAt; }

    public String getResolvedBy() { return resolvedBy; }

    public String getResolutionSummary() { return resolutionSummary; }

    public int getReopenCount() { return reopenCount; }

    public List<RecordedSignal> getSignals() { return List.copyOf(signals); }

    public List<RecordedStatusUpdate> getStatusUpdates() { return List.copyOf(statusUpdates); }
}
