package io.beacon.incident.caching;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * An Axon {@link Cache} holding at most {@code capacity} entries, least recently used first out, each for at most
 * {@code timeToLive} after it was last written. Bounded so that a storm over thousands of services cannot grow the
 * heap without limit; timed so that an aggregate this instance stopped handling is not served from memory forever.
 */
final class BoundedAggregateCache implements Cache {

    private record Entry(Object value, long writtenAt) {
    }

    private final int capacity;
    private final long timeToLiveMillis;
    private final Clock clock;
    private final Map<Object, Entry> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    BoundedAggregateCache(int capacity, Duration timeToLive, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.timeToLiveMillis = timeToLive.toMillis();
        this.clock = clock;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            misses.increment();
            return null;
        }
        if (expired(entry)) {
            entries.remove(key);
            misses.increment();
            listeners.forEach(listener -> listener.onEntryExpired(key));
            return null;
        }
        hits.increment();
        return (V) entry.value();
    }

    @Override
    public synchronized void put(Object key, Object value) {
        Entry previous = entries.put(key, new Entry(value, clock.millis()));
        if (previous == null) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
            evictBeyondCapacity();
        } else {
            listeners.forEach(listener -> listener.onEntryUpdated(key, value));
        }
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        if (get(key) != null) {
            return false;
        }
        put(key, value);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T present = get(key);
        if (present != null) {
            return present;
        }
        T value = valueSupplier.get();
        put(key, value);
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        V present = get(key);
        if (present != null) {
            V updated = update.apply(present);
            if (updated == null) {
                remove(key);
            } else {
                put(key, updated);
            }
        }
    }

    @Override
    public synchronized boolean remove(Object key) {
        if (entries.remove(key) == null) {
            return false;
        }
        listeners.forEach(listener -> listener.onEntryRemoved(key));
        return true;
    }

    @Override
    public synchronized void removeAll() {
        List<Object> keys = List.copyOf(entries.keySet());
        entries.clear();
        keys.forEach(key -> listeners.forEach(listener -> listener.onEntryRemoved(key)));
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        Entry entry = entries.get(key);
        return entry != null && !expired(entry);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int capacity() {
        return capacity;
    }

    synchronized int size() {
        return entries.size();
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }

    private boolean expired(Entry entry) {
        return clock.millis() - entry.writtenAt() >= timeToLiveMillis;
    }

    private void evictBeyondCapacity() {
        var iterator = entries.entrySet().iterator();
        while (entries.size() > capacity && iterator.hasNext()) {
            Object key = iterator.next().getKey();
            iterator.remove();
            listeners.forEach(listener -> listener.onEntryExpired(key));
        }
    }
}
