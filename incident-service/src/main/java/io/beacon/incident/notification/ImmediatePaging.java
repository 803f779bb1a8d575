package io.beacon.incident.notification;

import io.beacon.incident.api.ResponderPaged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records an incident's first page (step 1) in the Slack outbox in the transaction of the command that opened the
 * incident, instead of when the {@code paging} processor reaches its {@link ResponderPaged}: that processor reads every
 * event of the store, signals included, and under a storm a new incident's page waited up to 4.4 s between the
 * declaration and its outbox row. A subscribing group, so it runs where the event is published, before the commit: the
 * page's row commits with the incident, or neither does.
 *
 * <p>Escalation pages (step 2 on) are left to the {@code paging} processor, as before: written here they cost each
 * escalation deadline one more statement, and a flood of 10,000 escalations due in one minute on PostgreSQL fired at
 * about 170 a second where 190 fall due, p99 10-11 s late in two full runs (3.5 s before). An escalation page follows
 * minutes of waiting for an acknowledgement by design; its deadline must fire on time.
 *
 * <p>It must never fail the open. What it writes is refused before any SQL if the outbox can't hold it (on PostgreSQL
 * a failed statement would abort the whole transaction), and any failure is logged and left to {@link PagingHandler}:
 * when the {@code paging} processor reaches the event it writes the same outbox key (a no-op when the row is there),
 * with that group's retries and dead-letter queue. So a page is recorded once, whichever writes it; an
 * acknowledgement's withdrawal keeps the row (WITHDRAWN), so the backstop's write never revives a withdrawn page.
 */
@Component
@ProcessingGroup(ImmediatePaging.PROCESSING_GROUP)
public class ImmediatePaging {

    public static final String PROCESSING_GROUP = "immediate-paging";
    private static final Logger log = LoggerFactory.getLogger(ImmediatePaging.class);
    private final IncidentPager pager;

    public ImmediatePaging(IncidentPager pager) {
        this.pager = pager;
    }

    /** Never throws: whatever goes wrong here is the backstop's to repair. */
    @EventHandler
    void on(ResponderPaged paged) {
        if (paged.isEscalation()) {
            return;
        }
        try {
            pager.page(Page.of(paged));
        } catch (RuntimeException e) {
            log.warn("Page of incident {} step {} not recorded with its decision; the paging processor records it "
                    + "when it reaches the event: {}", paged.incidentId(), paged.step(), e.toString());
        }
    }
}
