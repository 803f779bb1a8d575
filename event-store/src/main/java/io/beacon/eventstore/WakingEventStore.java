package io.beacon.eventstore;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Axon's embedded event store, except that its streams tell a pooled processor when events arrive. Axon's own
 * streams can't ({@link BlockingStream#setOnAvailableCallback} answers false), so an idle pooled processor looked
 * for new events every 500 ms: each processor between an alert and its page (the pager, then the Slack sender) added
 * 250 ms on average, a page took 370 ms at 10 alerts/s, and the outbox rows' times showed the 500-ms saw-tooth.
 *
 * <p>One watcher thread tails the store's own cache of the newest events (filled once for every consumer: locally
 * right after a commit, from other instances every {@code fetchDelay}) and, once it has seen new events there, calls
 * every open stream's callback. The events are then in the cache the processors read, so a woken processor finds
 * them; a processor reading behind the cache reads the committed rows. The callback only says "look now": a processor
 * still looks on its own schedule, so a missed or extra call costs time, never an event.
 */
public final class WakingEventStore extends EmbeddedEventStore {

    private static final Logger log = LoggerFactory.getLogger(WakingEventStore.class);
    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final Thread watcher;
    private volatile boolean closed;
    private volatile TrackingEventStream firstTail;

    private WakingEventStore(Builder builder) {
        super(builder);
        this.watcher = new Thread(this::watch, "event-store-waker");
        this.watcher.setDaemon(true);
    }

    /**
     * The event store over {@code engine}, with Axon's monitoring and tracing from {@code axon}, fetching other
     * instances' events every {@code fetchDelay} and keeping the newest {@code cachedEvents} in memory for the
     * processors that keep up; one further behind reads the committed rows itself.
     */
    public static WakingEventStore of(EventStorageEngine engine, org.axonframework.config.Configuration axon,
                                      Duration fetchDelay, int cachedEvents) {
        Builder builder = (Builder) new Builder()
                .storageEngine(engine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .cachedEvents(cachedEvents);
        return new WakingEventStore(builder);
    }

    /** Without Axon's configuration (tests of this class). */
    static WakingEventStore of(EventStorageEngine engine, Duration fetchDelay, int cachedEvents) {
        return new WakingEventStore((Builder) new Builder().storageEngine(engine).fetchDelay(fetchDelay.toMillis())
                .cachedEvents(cachedEvents));
    }

    /**
     * How many of the newest events Axon keeps in memory for the processors reading at the head, read from its event
     * producer: Axon keeps the builder's value private, and this is how a test sees that the setting reached it.
     *
     * @throws IllegalStateException when Axon's {@code EmbeddedEventStore} no longer holds it there (an upgrade)
     */
    public int cachedEvents() {
        try {
            Field producerField = EmbeddedEventStore.class.getDeclaredField("producer");
            producerField.setAccessible(true);
            Object producer = producerField.get(this);
            Field cached = producer.getClass().getDeclaredField("cachedEvents");
            cached.setAccessible(true);
            return cached.getInt(producer);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Axon's EmbeddedEventStore keeps its cache size elsewhere now", e);
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        TrackingEventStream stream = super.openStream(trackingToken);
        startWatching();
        return new WakingStream(stream);
    }

    @Override
    public void shutDown() {
        closed = true;
        watcher.interrupt();
        super.shutDown();
    }

    /** How many streams want to be told now (for tests). */
    int listeners() {
        return callbacks.size();
    }

    private synchronized void startWatching() {
        if (!closed && watcher.getState() == Thread.State.NEW) {
            // the watcher's place is taken here, before the first stream is handed out: an event committed after
            // that stream opened is then one the watcher sees (opened on its own thread, it could start past it)
            try {
                firstTail = super.openStream(createHeadToken());
            } catch (RuntimeException unavailable) {
                log.debug("Event store watcher could not open its stream yet: {}", unavailable.toString());
            }
            watcher.start();
        }
    }

    private void watch() {
        TrackingEventStream tail = firstTail;
        while (!closed) {
            try {
                if (tail == null) {
                    tail = super.openStream(createHeadToken());
                }
                if (tail.hasNextAvailable(1, TimeUnit.SECONDS)) {
                    do {
                        tail.nextAvailable();
                    } while (tail.hasNextAvailable());
                    callbacks.forEach(WakingEventStore::call);
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException failure) {
                // a database outage: the processors fall back on their own schedule meanwhile
                log.debug("Event store watcher lost its stream; opening a new one: {}", failure.toString());
                if (tail != null) {
                    tail.close();
                    tail = null;
                }
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
        }
        if (tail != null) {
            tail.close();
        }
    }

    private static void call(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            log.warn("A processor's wake-up failed; it looks on its own schedule", e);
        }
    }

    private static final class Builder extends EmbeddedEventStore.Builder {
        // only to reach EmbeddedEventStore's protected constructor with Axon's own builder
    }

    /** A stream of the store that registers its processor's callback with the watcher. */
    private final class WakingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;

        private WakingStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public java.util.Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            delegate.close();
        }
    }
}
