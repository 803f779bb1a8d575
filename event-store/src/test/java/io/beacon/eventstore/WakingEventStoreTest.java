package io.beacon.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WakingEventStoreTest {

    // far longer than any wait below: an event from "another instance" is never what wakes a stream here
    private final WakingEventStore store =
            WakingEventStore.of(new InMemoryEventStorageEngine(), Duration.ofMinutes(5), 1000);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    /** A processor that falls further behind than the cache holds reads the rest from the store, missing nothing. */
    @Test
    void aStreamLeftBehindTheCacheStillReadsEveryEventInOrder() throws Exception {
        WakingEventStore small = WakingEventStore.of(new InMemoryEventStorageEngine(), Duration.ofMinutes(5), 3);
        try {
            TrackingEventStream ahead = small.openStream(null);
            TrackingEventStream behind = small.openStream(null);
            assertThat(ahead.hasNextAvailable()).isFalse();
            assertThat(behind.hasNextAvailable()).isFalse();
            List<String> aheadRead = new ArrayList<>();
            List<String> behindRead = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                small.publish(GenericEventMessage.asEventMessage("event " + i));
                await().atMost(Duration.ofSeconds(5)).until(() -> ahead.hasNextAvailable());
                aheadRead.add((String) ahead.nextAvailable().getPayload());
            }
            while (behind.hasNextAvailable(1, TimeUnit.SECONDS)) {
                behindRead.add((String) behind.nextAvailable().getPayload());
            }
            List<String> all = IntStream.range(0, 20).mapToObj(i -> "event " + i).toList();
            assertThat(aheadRead).isEqualTo(all);
            assertThat(behindRead).isEqualTo(all);
            assertThat(small.cachedEvents()).isEqualTo(3);
        } finally {
            small.shutDown();
        }
    }

    @Test
    void aStreamWaitingForEventsIsToldWhenOneIsPublishedAndThenFindsIt() throws Exception {
        TrackingEventStream stream = store.openStream(null);
        AtomicInteger woken = new AtomicInteger();
        assertThat(stream.setOnAvailableCallback(woken::incrementAndGet)).isTrue();
        assertThat(stream.hasNextAvailable()).isFalse();

        store.publish(GenericEventMessage.asEventMessage("first"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(woken.get()).isPositive());
        assertThat(stream.hasNextAvailable()).as("the event is there when the stream is told").isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
    }

    @Test
    void aClosedStreamIsNoLongerTold() throws Exception {
        TrackingEventStream open = store.openStream(null);
        TrackingEventStream closed = store.openStream(null);
        AtomicInteger openWoken = new AtomicInteger();
        AtomicInteger closedWoken = new AtomicInteger();
        open.setOnAvailableCallback(openWoken::incrementAndGet);
        closed.setOnAvailableCallback(closedWoken::incrementAndGet);
        closed.close();
        assertThat(store.listeners()).isEqualTo(1);

        store.publish(GenericEventMessage.asEventMessage("after close"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(openWoken.get()).isPositive());
        assertThat(closedWoken.get()).isZero();
    }

    @Test
    void aFailingCallbackDoesNotStopTheOthersFromBeingTold() throws Exception {
        TrackingEventStream failing = store.openStream(null);
        TrackingEventStream healthy = store.openStream(null);
        failing.setOnAvailableCallback(() -> {
            throw new IllegalStateException("boom");
        });
        AtomicInteger woken = new AtomicInteger();
        healthy.setOnAvailableCallback(woken::incrementAndGet);

        store.publish(GenericEventMessage.asEventMessage("one"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(woken.get()).isEqualTo(1));
        store.publish(GenericEventMessage.asEventMessage("two"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(woken.get()).isEqualTo(2));
        assertThat(healthy.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
    }
}
