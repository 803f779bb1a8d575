package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.OnCallPaged;
import io.beacon.incident.api.RecordPage;
import io.beacon.incident.oncall.OnCallAssignment;
import io.beacon.incident.oncall.OnCallDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Pages the on-call responder of a newly declared incident (escalation step 1) and updates the pages once somebody
 * acknowledges. Never replayed: a replay must not wake anybody. Before acting it reads the incident's own event stream,
 * so a late or repeated delivery of an event does not page again. Failures propagate so the processor retries.
 */
@Component
@ProcessingGroup(PagingHandler.PROCESSING_GROUP)
@DisallowReplay
public class PagingHandler {

    public static final String PROCESSING_GROUP = "paging";
    static final int FIRST_STEP = 1;
    private static final Logger log = LoggerFactory.getLogger(PagingHandler.class);

    private final OnCallDirectory onCall;
    private final IncidentPager pager;
    private final EventStore eventStore;
    private final CommandGateway commands;
    private final Clock clock;

    @Autowired
    public PagingHandler(OnCallDirectory onCall, IncidentPager pager, EventStore eventStore, CommandGateway commands) {
        this(onCall, pager, eventStore, commands, Clock.systemUTC());
    }

    public PagingHandler(OnCallDirectory onCall, IncidentPager pager, EventStore eventStore, CommandGateway commands,
                         Clock clock) {
        this.onCall = onCall;
        this.pager = pager;
        this.eventStore = eventStore;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(IncidentDeclared declared) {
        PagingHistory history = PagingHistory.of(eventStore, declared.incidentId());
        if (history.isAcknowledged()) {
            log.info("Incident {} is already acknowledged: not paging", declared.incidentId());
            return;
        }
        if (history.paged(FIRST_STEP)) {
            log.info("Incident {} was already paged: not paging again", declared.incidentId());
            return;
        }
        // whoever is on call now, not when the incident was declared: a late page goes to who is awake for it
        OnCallAssignment assignment = onCall.whoIsOnCall(declared.service(), clock.instant());
        PageReceipt receipt = pager.page(Page.of(declared, assignment));
        commands.sendAndWait(new RecordPage(declared.incidentId(), FIRST_STEP, receipt.responder(),
                receipt.channel(), receipt.messageTs()));
    }

    @EventHandler
    void on(IncidentAcknowledged acknowledged) {
        PagingHistory history = PagingHistory.of(eventStore, acknowledged.incidentId());
        if (history.declared() == null) {
            log.warn("Incident {} was acknowledged but its declaration is not in the event store",
                    acknowledged.incidentId());
            return;
        }
        IncidentDeclared declared = history.declared();
        String team = onCall.whoIsOnCall(declared.service(), declared.declaredAt()).team();
        for (OnCallPaged paged : history.pages()) {
            Page page = Page.of(declared, new OnCallAssignment(declared.service(), team, paged.responder(),
                    paged.channel()));
            pager.markAcknowledged(new PageReceipt(paged.responder(), paged.channel(), paged.messageTs()), page,
                    acknowledged.acknowledgedBy(), acknowledged.acknowledgedAt());
        }
    }
}
