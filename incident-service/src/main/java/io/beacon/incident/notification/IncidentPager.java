package io.beacon.incident.notification;

import java.time.Instant;

/**
 * Delivers pages to people. Implementations record the page durably (the Slack outbox) and return at once; delivery
 * follows, so a slow chat service never delays a paging decision.
 */
public interface IncidentPager {

    /** Pages the responder of one escalation step. Paging the same step twice sends one message. */
    void page(Page page);

    /** Changes a page that went out so it shows who acknowledged it and no longer asks for acknowledgement. */
    void markAcknowledged(Page page, String acknowledgedBy, Instant at);

    /** Drops the pages of an incident that have not gone out yet: nobody is paged after an acknowledgement. */
    void withdrawPending(String incidentId);
}
