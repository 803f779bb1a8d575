package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.OnCallPaged;
import io.beacon.incident.api.RecordPage;
import io.beacon.incident.oncall.OnCallAssignment;
import io.beacon.incident.oncall.OnCallDirectory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static io.beacon.incident.notification.Pages.DECLARED_AT;
import static io.beacon.incident.notification.Pages.INCIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class PagingHandlerTest {

    private static final Instant NOW = DECLARED_AT.plusSeconds(5);

    private final EventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final RecordingPager pager = new RecordingPager();
    private final CommandGateway commands = mock(CommandGateway.class);
    private final List<Instant> lookups = new ArrayList<>();
    private final OnCallDirectory onCall = (service, at) -> {
        lookups.add(at);
        return new OnCallAssignment(service, "payments", "U0ALICE", "C0PAYMENTS");
    };
    private final PagingHandler handler = new PagingHandler(onCall, pager, eventStore, commands,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private long sequence;

    @AfterEach
    void stop() {
        ((EmbeddedEventStore) eventStore).shutDown();
    }

    @Test
    void aDeclaredIncidentPagesWhoeverIsOnCallNowAndRecordsThePage() {
        IncidentDeclared declared = Pages.declared();
        store(declared);

        handler.on(declared);

        assertThat(pager.pages).singleElement().satisfies(page -> {
            assertThat(page.incidentId()).isEqualTo(INCIDENT_ID);
            assertThat(page.onCall().responder()).isEqualTo("U0ALICE");
            assertThat(page.slo().burnRate()).isEqualTo(14.4);
            assertThat(page.runbookUrl()).isEqualTo("https://runbooks.example.com/checkout-api");
        });
        assertThat(lookups).containsExactly(NOW);
        verify(commands).sendAndWait(new RecordPage(INCIDENT_ID, 1, "U0ALICE", "C0PAYMENTS", "1700000000.000001"));
    }

    @Test
    void anIncidentAlreadyPagedIsNotPagedAgain() {
        IncidentDeclared declared = Pages.declared();
        store(declared);
        store(new OnCallPaged(INCIDENT_ID, 1, "U0ALICE", "C0PAYMENTS", "1700000000.000001", NOW));

        handler.on(declared);

        assertThat(pager.pages).isEmpty();
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void anIncidentAcknowledgedBeforeItsPageWentOutIsNotPaged() {
        IncidentDeclared declared = Pages.declared();
        store(declared);
        store(new IncidentAcknowledged(INCIDENT_ID, "checkout-api", "U0BOB", NOW));

        handler.on(declared);

        assertThat(pager.pages).isEmpty();
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aSlackFailureIsNotSwallowedAndNothingIsRecorded() {
        IncidentDeclared declared = Pages.declared();
        store(declared);
        pager.failWith = new IllegalStateException("Slack is down");

        assertThatThrownBy(() -> handler.on(declared)).hasMessage("Slack is down");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void acknowledgingUpdatesEveryPageThatWentOut() {
        IncidentDeclared declared = Pages.declared();
        store(declared);
        store(new OnCallPaged(INCIDENT_ID, 1, "U0ALICE", "C0PAYMENTS", "1700000000.000001", NOW));
        store(new OnCallPaged(INCIDENT_ID, 2, "U0CAROL", "C0SRE", "1700000000.000002", NOW.plusSeconds(600)));
        IncidentAcknowledged acknowledged = new IncidentAcknowledged(INCIDENT_ID, "checkout-api", "U0CAROL",
                NOW.plusSeconds(700));
        store(acknowledged);

        handler.on(acknowledged);

        assertThat(pager.acknowledged).containsExactly(
                new PageReceipt("U0ALICE", "C0PAYMENTS", "1700000000.000001"),
                new PageReceipt("U0CAROL", "C0SRE", "1700000000.000002"));
        assertThat(pager.acknowledgedPages).extracting(page -> page.onCall().responder())
                .containsExactly("U0ALICE", "U0CAROL");
        assertThat(pager.acknowledgedBy).containsOnly("U0CAROL");
    }

    private void store(Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Incident", INCIDENT_ID, sequence++, event));
    }

    private static final class RecordingPager implements IncidentPager {
        final List<Page> pages = new ArrayList<>();
        final List<PageReceipt> acknowledged = new ArrayList<>();
        final List<Page> acknowledgedPages = new ArrayList<>();
        final List<String> acknowledgedBy = new ArrayList<>();
        RuntimeException failWith;

        @Override
        public PageReceipt page(Page page) {
            if (failWith != null) {
                throw failWith;
            }
            pages.add(page);
            return new PageReceipt(page.onCall().responder(), page.onCall().channel(), "1700000000.000001");
        }

        @Override
        public void markAcknowledged(PageReceipt receipt, Page page, String by, Instant at) {
            acknowledged.add(receipt);
            acknowledgedPages.add(page);
            acknowledgedBy.add(by);
        }
    }
}
