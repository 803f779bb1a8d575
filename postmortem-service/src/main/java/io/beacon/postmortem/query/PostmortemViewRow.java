package io.beacon.postmortem.query;

import io.beacon.postmortem.postmortem.PostmortemStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One postmortem as the API lists it, with its full document as JSON. Written only by the projection. */
@Entity
@Table(name = "postmortem_view")
public class PostmortemViewRow {

    @Id
    @Column(name = "postmortem_id")
    private String postmortemId;
    private String incidentId;
    private String reference;
    private String service;
    private String title;
    private String severity;
    private String owner;
    @Enumerated(EnumType.STRING)
    private PostmortemStatus status;
    private boolean mandatory;
    private Instant draftedAt;
    private Instant publishDueAt;
    private Instant publishedAt;
    @Column(length = 1_000_000)
    private String document;

    protected PostmortemViewRow() {
        // for JPA
    }

    PostmortemViewRow(String postmortemId, String incidentId, String reference, String service, String title,
                      String severity, String owner, boolean mandatory, Instant draftedAt, Instant publishDueAt) {
        this.postmortemId = postmortemId;
        this.incidentId = incidentId;
        this.reference = reference;
        this.service = service;
        this.title = title;
        this.severity = severity;
        this.owner = owner;
        this.status = PostmortemStatus.DRAFT;
        this.mandatory = mandatory;
        this.draftedAt = draftedAt;
        this.publishDueAt = publishDueAt;
    }

    void document(String document) {
        this.document = document;
    }

    void published(Instant at) {
        this.status = PostmortemStatus.PUBLISHED;
        this.publishedAt = at;
    }

    public String getPostmortemId() { return postmortemId; }

    public String getIncidentId() { return incidentId; }

    public String getReference() { return reference; }

    public String getService() { return service; }

    public String getTitle() { return title; }

    public String getSeverity() { return severity; }

    public String getOwner() { return owner; }

    public PostmortemStatus getStatus() { return status; }

    public boolean isMandatory() { return mandatory; }

    public Instant getDraftedAt() { return draftedAt; }

    public Instant getPublishDueAt() { return publishDueAt; }

    public Instant getPublishedAt() { return publishedAt; }

    public String getDocument() { return document; }
}
