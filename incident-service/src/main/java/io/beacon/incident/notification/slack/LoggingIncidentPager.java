package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.IncidentPager;
import io.beacon.incident.notification.Page;
import io.beacon.incident.notification.PageReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Stands in for Slack when no bot token is configured: the platform keeps running and every page shows up in the log
 * as the text Slack would have carried. Nobody is woken up.
 */
public final class LoggingIncidentPager implements IncidentPager {

    private static final Logger log = LoggerFactory.getLogger(LoggingIncidentPager.class);
    private final SlackPageRenderer renderer = new SlackPageRenderer();

    @Override
    public PageReceipt page(Page page) {
        String responder = page.onCall().responder();
        log.info("PAGE (Slack not configured) to {} in {}: {}", SlackText.oneLine(responder),
                SlackText.oneLine(page.onCall().channel()), renderer.summary(page));
        return new PageReceipt(responder, page.onCall().channel(), null);
    }

    @Override
    public void markAcknowledged(PageReceipt receipt, Page page, String acknowledgedBy, Instant at) {
        log.info("ACKNOWLEDGED (Slack not configured) by {} at {}: {}", SlackText.oneLine(acknowledgedBy), at,
                renderer.summary(page));
    }
}
