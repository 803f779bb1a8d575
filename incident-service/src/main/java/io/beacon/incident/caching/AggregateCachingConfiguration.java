package io.beacon.incident.caching;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The aggregate cache both aggregates name in {@code @Aggregate(cache = AGGREGATE_CACHE)}: bounded, timed, checked
 * against the event store before each use, with its meters.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCachingConfiguration {

    /** The bean name the aggregates refer to. */
    public static final String AGGREGATE_CACHE = "aggregateCache";

    @Bean(AGGREGATE_CACHE)
    Cache aggregateCache(@Value("${beacon.aggregate-cache.capacity}") int capacity,
                         @Value("${beacon.aggregate-cache.time-to-live}") Duration timeToLive,
                         JdbcTemplate jdbc, MeterRegistry meters) {
        BoundedAggregateCache cache = new BoundedAggregateCache(capacity, timeToLive, Clock.systemUTC());
        FreshAggregateCache fresh = new FreshAggregateCache(cache,
                FreshAggregateCache.lastSequenceNumberIn(jdbc));
        Gauge.builder("beacon.aggregate_cache.size", cache, BoundedAggregateCache::size)
                .description("Aggregates held in memory between commands").register(meters);
        Gauge.builder("beacon.aggregate_cache.capacity", cache, BoundedAggregateCache::capacity)
                .description("The most aggregates held; a size at capacity with misses climbing means replays")
                .register(meters);
        FunctionCounter.builder("beacon.aggregate_cache.gets", cache, BoundedAggregateCache::hits)
                .tag("result", "hit").description("Aggregate loads served from memory").register(meters);
        FunctionCounter.builder("beacon.aggregate_cache.gets", cache, BoundedAggregateCache::misses)
                .tag("result", "miss").description("Aggregate loads replayed from the event store")
                .register(meters);
        FunctionCounter.builder("beacon.aggregate_cache.stale", fresh, FreshAggregateCache::stale)
                .description("Cached aggregates dropped because another instance had appended to them")
                .register(meters);
        return fresh;
    }
}
