package io.beacon.incident.caching;

import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pure logic: the store's last sequence number is a map here. */
class FreshAggregateCacheTest {

    static class Counter {
        @AggregateIdentifier
        String id = "incident-1";
    }

    private final Map<String, Long> store = new HashMap<>();
    private final BoundedAggregateCache memory = new BoundedAggregateCache(10, Duration.ofMinutes(10), Clock.systemUTC());
    private final FreshAggregateCache cache = new FreshAggregateCache(memory, store::get);

    @Test
    void aCopyAsNewAsTheStoreIsServed() {
        store.put("incident-1", 3L);
        cache.put("incident-1", entryAt(3));

        assertThat(cache.<String, AggregateCacheEntry<Counter>>get("incident-1")).isNotNull();
        assertThat(cache.stale()).isZero();
    }

    @Test
    void aCopyTheStoreHasMovedPastIsDroppedSoTheStreamIsReplayed() {
        cache.put("incident-1", entryAt(3));
        store.put("incident-1", 4L);   // another instance appended an event

        assertThat(cache.<String, AggregateCacheEntry<Counter>>get("incident-1")).isNull();
        assertThat(memory.containsKey("incident-1")).isFalse();
        assertThat(cache.stale()).isEqualTo(1);
    }

    @Test
    void aMissStaysAMissWithoutAskingTheStore() {
        FreshAggregateCache strict = new FreshAggregateCache(memory, id -> {
            throw new AssertionError("the store was asked about " + id);
        });
        assertThat(strict.<String, Object>get("incident-2")).isNull();
    }

    private static AggregateCacheEntry<Counter> entryAt(long version) {
        var model = AnnotatedAggregateMetaModelFactory.inspectAggregate(Counter.class);
        EventSourcedAggregate<Counter> aggregate = EventSourcedAggregate.reconstruct(new Counter(), model, version, false,
                null, NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }
}
