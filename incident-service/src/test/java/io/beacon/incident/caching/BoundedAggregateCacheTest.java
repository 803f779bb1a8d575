package io.beacon.incident.caching;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundedAggregateCacheTest {

    private final MovableClock clock = new MovableClock();
    private final BoundedAggregateCache cache = new BoundedAggregateCache(2, Duration.ofMinutes(10), clock);

    @Test
    void servesWhatWasPutAndCountsHitsAndMisses() {
        cache.put("a", "incident a");

        assertThat(cache.<String, String>get("a")).isEqualTo("incident a");
        assertThat(cache.<String, String>get("b")).isNull();
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void dropsTheLeastRecentlyUsedBeyondItsCapacity() {
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new org.axonframework.common.caching.Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(expired).containsExactly("b");
    }

    @Test
    void forgetsAnEntryOnceItsTimeToLiveHasPassedSinceItWasWritten() {
        cache.put("a", 1);
        clock.advance(Duration.ofMinutes(9));
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));

        assertThat(cache.<String, Integer>get("a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void removeAndRemoveAllEvictWhatARolledBackCommandLeftBehind() {
        cache.put("a", 1);
        cache.put("b", 2);

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        cache.removeAll();

        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void putIfAbsentAndComputeKeepAPresentValue() {
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<Integer>computeIfAbsent("a", () -> 3)).isEqualTo(1);
        cache.<Integer>computeIfPresent("a", value -> value + 10);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(11);
        cache.<Integer>computeIfPresent("a", value -> null);
        assertThat(cache.containsKey("a")).isFalse();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new BoundedAggregateCache(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T03:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
