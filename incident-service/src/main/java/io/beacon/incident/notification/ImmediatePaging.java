package io.beacon.incident.notification;

import io.beacon.incident.api.ResponderPaged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a page in the Slack outbox in the transaction of the command or deadline that decided it, instead of when
 * the {@code paging} processor reaches its {@link ResponderPaged}: that processor reads every event of the store,
 * signals included, and under a storm it ran seconds behind (a storm's first pages waited up to 4.4 s between their
 * declaration and their outbox row). A subscribing group, so it runs where the event is published, before the commit:
 * the page's row commits with the decision, or neither does.
 *
 * <p>It must never fail the decision. What it writes is refused before any SQL if the outbox can't hold it (on
 * PostgreSQL a failed statement would abort the whole transaction), and any failure is logged and left to
 * {@link PagingHandler}: when the {@code paging} processor reaches the event it writes the same outbox key (a no-op
 * when the row is there), with that group's retries and dead-letter queue. So a page is recorded once, whichever writes
 * it; an acknowledgement's withdrawal keeps the row (WITHDRAWN), so the backstop's write never revives a withdrawn page.
 *
 * <p>Writing it after the commit instead, in a statement of its own, cost each escalation deadline a second commit: a
 * flood of 10,000 escalations on PostgreSQL fired at about 170 a second instead of 190 and fell behind (p99 11 s).
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
        try {
            pager.page(Page.of(paged));
        } catch (RuntimeException e) {
            log.warn("Page of incident {} step {} not recorded with its decision; the paging processor records it "
                    + "when it reaches the event: {}", paged.incidentId(), paged.step(), e.toString());
        }
    }
}
