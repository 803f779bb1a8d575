package io.beacon.incident.notification;

import io.beacon.incident.api.ResponderPaged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a page in the Slack outbox as soon as the command or deadline that decided it has committed, on the same
 * thread, instead of when the {@code paging} processor reaches its {@link ResponderPaged}: that processor reads every
 * event of the store, signals included, and under a storm it ran seconds behind (a storm's first pages waited up to
 * 4.4 s between declaration and their outbox row).
 *
 * <p>A subscribing group, so it runs where the event is published; the outbox write waits for the commit, in its own
 * statement, so it can never undo or fail the decision (on PostgreSQL a failed statement inside the command's
 * transaction would abort the whole open). It is best effort: a page not recorded here (the database briefly away,
 * the instance dying between the commit and the write) is recorded by {@link PagingHandler} when the {@code paging}
 * processor reaches the event, with that group's retries and dead-letter queue. Both write the same outbox key, so a
 * page is sent once whichever writes it first; an acknowledgement's withdrawal keeps the row (WITHDRAWN), so a late
 * write here never revives a withdrawn page.
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

    @EventHandler
    void on(ResponderPaged paged) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> record(paged));
        } else {
            record(paged);
        }
    }

    /** Never throws: the decision has committed, and whatever goes wrong here is the backstop's to repair. */
    private void record(ResponderPaged paged) {
        try {
            pager.page(Page.of(paged));
        } catch (RuntimeException e) {
            log.warn("Page of incident {} step {} not recorded at once; the paging processor records it when it "
                    + "reaches the event: {}", paged.incidentId(), paged.step(), e.toString());
        }
    }
}
