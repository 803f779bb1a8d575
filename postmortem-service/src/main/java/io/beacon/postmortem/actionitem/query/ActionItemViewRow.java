package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.actionitem.ActionItemKind;
import io.beacon.postmortem.actionitem.ActionItemStatus;
import io.beacon.postmortem.followup.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * One action item as the review reads it. Written only by {@link ActionItemProjection}: the setters are
 * package-private and named after the event that calls them. The follow-up fields (escalation level, reminded,
 * overdue since) describe the current ladder: a reschedule, deprioritisation or reopening starts a new one.
 */
@Entity
@Table(name = "action_item_view")
public class ActionItemViewRow {

    @Id
    @Column(name = "action_item_id")
    private String actionItemId;
    private String postmortemId;
    private String incidentId;
    private String reference;
    private String service;
    private String severity;
    private String title;
    private String description;
    private String owner;
    private String team;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    @Enumerated(EnumType.STRING)
    private ActionItemKind kind;
    private String trackerLink;
    @Enumerated(EnumType.STRING)
    private ActionItemStatus status;
    private Instant dueAt;
    private Instant createdAt;
    private String createdBy;
    private Instant startedAt;
    private Instant completedAt;
    private String completedBy;
    private Boolean onTime;
    private boolean wontDo;
    private String riskAcceptance;
    private String approvedBy;
    private String requestedBy;
    private Instant deprioritisedAt;
    private int escalationLevel;
    private String escalatedTo;
    private Instant remindedAt;
    private Instant overdueSince;
    private long version;
    private String lastEvent;

    protected ActionItemViewRow() {
        // for JPA
    }

    ActionItemViewRow(String actionItemId) {
        this.actionItemId = actionItemId;
    }

    void created(String postmortemId, String incidentId, String reference, String service, String severity,
                 String title, String description, String owner, String team, Priority priority,
                 ActionItemKind kind, String trackerLink, Instant dueAt, String createdBy, Instant createdAt) {
        this.postmortemId = postmortemId;
        this.incidentId = incidentId;
        this.reference = reference;
        this.service = service;
        this.severity = severity;
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.team = team;
        this.priority = priority;
        this.kind = kind;
        this.trackerLink = trackerLink;
        this.status = ActionItemStatus.OPEN;
        this.dueAt = dueAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void started(Instant at) {
        status = ActionItemStatus.IN_PROGRESS;
        startedAt = at;
    }

    void completed(String by, Instant at, boolean onTime) {
        status = ActionItemStatus.DONE;
        completedBy = by;
        completedAt = at;
        this.onTime = onTime;
    }

    void reopened(Instant due) {
        status = ActionItemStatus.OPEN;
        dueAt = due;
        completedAt = null;
        completedBy = null;
        onTime = null;
        if (wontDo) {
            // the accepted risk was for not doing it: reopened, it no longer applies
            wontDo = false;
            riskAcceptance = null;
            approvedBy = null;
            requestedBy = null;
            deprioritisedAt = null;
        }
        newLadder();
    }

    void rescheduled(Instant due) {
        dueAt = due;
        newLadder();
    }

    void deprioritised(boolean wontDo, Instant due, String riskAcceptance, String approvedBy, String requestedBy,
                       Instant at) {
        this.wontDo = wontDo;
        if (wontDo) {
            status = ActionItemStatus.WONT_DO;
        }
        dueAt = due;
        this.riskAcceptance = riskAcceptance;
        this.approvedBy = approvedBy;
        this.requestedBy = requestedBy;
        deprioritisedAt = at;
        newLadder();
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    void overdue(Instant at) {
        overdueSince = at;
    }

    void escalated(int level, String to) {
        escalationLevel = Math.max(escalationLevel, level);
        escalatedTo = to;
    }

    /** Records that the event with this sequence number was applied. */
    void applied(long sequence, String event) {
        version = sequence;
        lastEvent = event;
    }

    private void newLadder() {
        escalationLevel = 0;
        escalatedTo = null;
        remindedAt = null;
        overdueSince = null;
    }

    /** Still to be done: open or in progress. */
    public boolean active() {
        return status.active();
    }

    /** Active and past its due date at {@code now}. */
    public boolean overdueAt(Instant now) {
        return active() && dueAt.isBefore(now);
    }

    /**
     * Whole days past the due date: until completion for an item done late, until {@code now} for an overdue one;
     * 0 otherwise.
     */
    public long daysLate(Instant now) {
        if (status == ActionItemStatus.DONE) {
            return completedAt.isAfter(dueAt) ? Duration.between(dueAt, completedAt).toDays() : 0;
        }
        return overdueAt(now) ? Duration.between(dueAt, now).toDays() : 0;
    }

    /** A risk was accepted for it: won't do, or a due date past its priority's limit. */
    public boolean deprioritised() {
        return approvedBy != null;
    }

    public String getActionItemId() { return actionItemId; }

    public String getPostmortemId() { return postmortemId; }

    public String getIncidentId() { return incidentId; }

    public String getReference() { return reference; }

    public String getService() { return service; }

    public String getSeverity() { return severity; }

    public String getTitle() { return title; }

    public String getDescription() { return description; }

    public String getOwner() { return owner; }

    public String getTeam() { return team; }

    public Priority getPriority() { return priority; }

    public ActionItemKind getKind() { return kind; }

    public String getTrackerLink() { return trackerLink; }

    public ActionItemStatus getStatus() { return status; }

    public Instant getDueAt() { return dueAt; }

    public Instant getCreatedAt() { return createdAt; }

    public String getCreatedBy() { return createdBy; }

    public Instant getStartedAt() { return startedAt; }

    public Instant getCompletedAt() { return completedAt; }

    public String getCompletedBy() { return completedBy; }

    public Boolean getOnTime() { return onTime; }

    public boolean isWontDo() { return wontDo; }

    public String getRiskAcceptance() { return riskAcceptance; }

    public String getApprovedBy() { return approvedBy; }

    public String getRequestedBy() { return requestedBy; }

    public Instant getDeprioritisedAt() { return deprioritisedAt; }

    public int getEscalationLevel() { return escalationLevel; }

    public String getEscalatedTo() { return escalatedTo; }

    public Instant getRemindedAt() { return remindedAt; }

    public Instant getOverdueSince() { return overdueSince; }

    public long getVersion() { return version; }

    public String getLastEvent() { return lastEvent; }
}
