package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.ResponderPaged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Turns the incident's paging decisions into pages: each {@link ResponderPaged} becomes one page, and an
 * acknowledgement withdraws pages not yet sent and updates the ones that were. Everything the pages need travels on
 * the events, so this handler reads nothing back. Never replayed: a replay must not wake anybody. It runs in the
 * processor's transaction, so the outbox records a page exactly when its event is processed. A new incident's first
 * page is in the outbox long before: {@link ImmediatePaging} writes it with the opening, and the same outbox key makes
 * this handler's write a no-op then; here is where a page missed that way is still recorded, retried or parked.
 */
@Component
@ProcessingGroup(PagingHandler.PROCESSING_GROUP)
@DisallowReplay
public class PagingHandler {

    public static final String PROCESSING_GROUP = "paging";
    private final IncidentPager pager;

    public PagingHandler(IncidentPager pager) {
        this.pager = pager;
    }

    @EventHandler
    void on(ResponderPaged paged) {
        pager.page(Page.of(paged));
    }

    @EventHandler
    void on(IncidentAcknowledged acknowledged) {
        pager.withdrawPending(acknowledged.incidentId());
        for (int step : acknowledged.pagedSteps()) {
            pager.markAcknowledged(Page.acknowledged(acknowledged.incidentId(), acknowledged.brief(), step),
                    acknowledged.acknowledgedBy(), acknowledged.acknowledgedAt());
        }
    }
}
