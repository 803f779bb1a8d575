package io.beacon.slack.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends due outbox rows. One poller thread finds due heads ({@link DueHeads}, many sends per scan), claims each with a
 * compare-and-set that commits the intent (SENDING, attempts+1, claim until now + claim timeout) and hands it to a
 * small pool; the outcome is recorded before the listener is told. Waiting is always done by scheduling a row
 * ({@code not_before}), never by sleeping on a thread, so one rate-limited channel delays nobody else.
 */
public final class SlackDeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlackDeliveryWorker.class);
    private static final Duration WAIT_RECHECK = Duration.ofMillis(300);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final int LISTENER_BATCH = 20;
    /**
     * How often a poller looks for listener calls that never completed. Such a row waits for its claim to expire (a
     * claim timeout, seconds) anyway; looking on every round was a query per send under a flood (3% of
     * incident-service's CPU while 3,000 incidents opened).
     */
    private static final Duration LISTENER_SWEEP = Duration.ofSeconds(1);
    /** Due heads one scan reads per sender: 600 for incident-service's 12 senders. */
    private static final int HEADS_PER_SENDER = 50;
    /**
     * How long {@link #stop()} lets the poller finish its round before interrupting it. A round takes milliseconds;
     * one still running after this waits for a database connection (the pool's timeout is 30 s), and a stopping
     * worker has nothing to claim: waiting it out held every shutdown whose database had already gone.
     */
    static final Duration POLLER_GRACE = Duration.ofSeconds(1);

    private final OutboxQueries queries;
    private final OutboxStore store;
    private final Dispatcher dispatcher;
    private final ListenerNotifier listener;
    private final DeliveryWakeUp wakeUp;
    private final SlackDeliveryProperties properties;
    private final DeliveryMetrics metrics;
    private final Clock clock;
    private final String owner = "worker-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final DueHeads heads;
    private Instant nextListenerSweep = Instant.MIN; // the poller's own
    private volatile boolean running;
    private Thread poller;
    private ExecutorService senders;

    SlackDeliveryWorker(OutboxQueries queries, OutboxStore store, Dispatcher dispatcher, ListenerNotifier listener,
                        DeliveryWakeUp wakeUp, SlackDeliveryProperties properties, DeliveryMetrics metrics,
                        Clock clock) {
        this.queries = queries;
        this.store = store;
        this.dispatcher = dispatcher;
        this.listener = listener;
        this.wakeUp = wakeUp;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.heads = new DueHeads(queries, properties.threads() * HEADS_PER_SENDER, System::nanoTime);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        AtomicInteger counter = new AtomicInteger();
        senders = Executors.newFixedThreadPool(properties.threads(),
                r -> Thread.ofPlatform().daemon().name("slack-delivery-" + counter.incrementAndGet()).unstarted(r));
        poller = Thread.ofPlatform().daemon().name("slack-delivery-poller").start(this::pollUntilStopped);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp.wake();
        try {
            poller.join(POLLER_GRACE.toMillis());
            if (poller.isAlive()) {
                poller.interrupt();   // a claim it was making is either committed (and recovered) or never made
                poller.join(properties.claimTimeout().toMillis());
            }
            senders.shutdown();
            if (!senders.awaitTermination(properties.claimTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** How many times it has read the due heads from the outbox. */
    long scans() {
        return heads.scans();
    }

    private void pollUntilStopped() {
        while (running) {
            try {
                pollOnce();
                wakeUp.await(properties.pollInterval());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;   // interrupted by stop(): nothing to report
                }
                log.warn("Slack outbox poll failed; trying again", e);
                sleepQuietly(properties.pollInterval());
            }
        }
    }

    /** One round: claim due heads while senders are free, then (once a second) retry unfinished listener calls. */
    void pollOnce() {
        Instant now = clock.instant();
        if (wakeUp.takeNewRows()) {
            heads.newRowsEnqueued();
        }
        heads.beginRound();
        int free = properties.threads() - inFlight.get();
        while (free > 0) {
            OutboxRow row = heads.next(now);
            if (row == null) {
                break;
            }
            Optional<Claim> claim = store.claim(row, owner, now.plus(properties.claimTimeout()));
            if (claim.isPresent()) {
                free--;
                submit(() -> deliver(claim.get()));
            }
        }
        if (!now.isBefore(nextListenerSweep)) {
            nextListenerSweep = now.plus(LISTENER_SWEEP);
            for (OutboxRow row : queries.listenerPending(now, LISTENER_BATCH)) {
                store.claimListener(row, owner, now.plus(properties.claimTimeout())).ifPresent(claim ->
                        submit(() -> listener.tell(row)));
            }
        }
    }

    private void submit(Runnable task) {
        inFlight.incrementAndGet();
        senders.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Slack outbox delivery failed unexpectedly; the row is retried when its claim expires", e);
            } finally {
                inFlight.decrementAndGet();
                wakeUp.wake();
            }
        });
    }

    private void deliver(Claim claim) {
        OutboxRow row = claim.row();
        Outcome outcome = dispatcher.dispatch(row);
        Instant now = clock.instant();
        Instant holdUntil = now.plus(properties.claimTimeout());
        switch (outcome) {
            case Outcome.Delivered d -> {
                if (store.delivered(claim, d.channel(), d.ts(), now, holdUntil)) {
                    tellListener(row.id());
                }
            }
            case Outcome.Wait w -> store.retryLater(claim, now.plus(WAIT_RECHECK), w.reason(), true);
            case Outcome.Transient t -> {
                Duration delay = t.retryAfter() != null ? t.retryAfter() : backoff(row.attempts() + 1);
                log.info("Slack outbox {} to {}: {}; retrying in {} ms", row.message().key(), row.target(),
                        t.error(), delay.toMillis());
                store.retryLater(claim, now.plus(delay), t.error(), false);
            }
            case Outcome.Permanent p -> failPermanently(claim, p.error(), now, holdUntil);
        }
    }

    private void failPermanently(Claim claim, String error, Instant now, Instant holdUntil) {
        OutboxRow row = claim.row();
        metrics.permanentFailure(error);
        String fallback = row.message().kind() == io.beacon.slack.OutboundMessage.Kind.POST
                ? row.nextFallback() : null;
        if (fallback != null) {
            log.warn("Slack outbox {}: {} at {}; trying fallback {}", row.message().key(), error, row.target(),
                    fallback);
            store.readdress(claim, fallback, error, now);
            wakeUp.wakeForNewRows();
        } else {
            log.warn("Slack outbox {}: {} at {}; no address left, FAILED", row.message().key(), error, row.target());
            if (store.failed(claim, error, holdUntil)) {
                tellListener(row.id());
            }
        }
    }

    private void tellListener(long id) {
        queries.byId(id).ifPresent(listener::tell);
    }

    /** Exponential from half a second, capped, with a little jitter so a recovered Slack is not hit all at once. */
    Duration backoff(int attempt) {
        long exponent = Math.min(Math.max(attempt - 1, 0), 20);
        long millis = Math.min(FIRST_BACKOFF.toMillis() << exponent, properties.maxBackoff().toMillis());
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 5 + 1));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
