package io.beacon.incident.notification;

import java.time.Instant;

/** Delivers pages to people. Failures are thrown, never swallowed: the caller retries. */
public interface IncidentPager {

    /** Pages the assigned responder and tells where the page went so it can be updated later. */
    PageReceipt page(Page page);

    /** Updates a page that went out so it shows who acknowledged it and no longer asks for acknowledgement. */
    void markAcknowledged(PageReceipt receipt, Page page, String acknowledgedBy, Instant at);
}
