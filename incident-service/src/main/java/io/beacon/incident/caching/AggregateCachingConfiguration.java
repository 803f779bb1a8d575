package io.beacon.incident.caching;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;

/**
 * The aggregate cache both aggregates name in {@code @Aggregate(cache = AGGREGATE_CACHE)}, its meters, and the
 * rebalance hook that empties it when this instance's share of the intake changes.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCachingConfiguration {

    /** The bean name the aggregates refer to. */
    public static final String AGGREGATE_CACHE = "aggregateCache";
    private static final Logger log = LoggerFactory.getLogger(AggregateCachingConfiguration.class);

    @Bean(AGGREGATE_CACHE)
    BoundedAggregateCache aggregateCache(@Value("${beacon.aggregate-cache.capacity:5000}") int capacity,
                                         @Value("${beacon.aggregate-cache.time-to-live:10m}") Duration timeToLive,
                                         MeterRegistry meters) {
        BoundedAggregateCache cache = new BoundedAggregateCache(capacity, timeToLive, Clock.systemUTC());
        Gauge.builder("beacon.aggregate_cache.size", cache, BoundedAggregateCache::size)
                .description("Aggregates held in memory between commands").register(meters);
        FunctionCounter.builder("beacon.aggregate_cache.gets", cache, BoundedAggregateCache::hits)
                .tag("result", "hit").description("Aggregate loads served from memory").register(meters);
        FunctionCounter.builder("beacon.aggregate_cache.gets", cache, BoundedAggregateCache::misses)
                .tag("result", "miss").description("Aggregate loads replayed from the event store")
                .register(meters);
        return cache;
    }

    /**
     * Partitions that move to this instance carry services another instance may have changed meanwhile: a cached
     * copy could then answer "nothing open" for a service that has an incident (a decision that writes nothing, so
     * optimistic locking would not catch it). Emptying the cache on every assignment closes that gap.
     */
    @Bean
    KafkaBindingRebalanceListener emptyAggregateCacheOnRebalance(BoundedAggregateCache aggregateCache) {
        return new KafkaBindingRebalanceListener() {
            @Override
            public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer,
                                             Collection<TopicPartition> partitions, boolean initial) {
                log.debug("Partitions {} assigned to {}: emptying the aggregate cache", partitions, bindingName);
                aggregateCache.removeAll();
            }
        };
    }
}
