package io.beacon.deadline.deadman;

import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks at both checks every {@code check-interval} on a thread of its own (never a db-scheduler task: that is what it
 * watches) and moves the shared switch: trips a check stalled for {@code stall-after}, recovers one stalled for less
 * than half of that, each transition in one transaction with its Slack message. For one {@code stall-after} after it
 * starts it only reads the switch: nothing it has seen yet can have stalled that long, and a fresh instance must not
 * recover a switch another instance rightly holds tripped.
 */
final class Watchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);

    private final DeadlineWatch deadlines;
    private final ProcessorWatch processors;
    private final SwitchTable table;
    private final DeadmanAlarm alarm;
    private final TransactionTemplate transactions;
    private final DeadmanProperties properties;
    private final SwitchState state;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;
    private volatile Instant startedAt;

    Watchdog(DeadlineWatch deadlines, ProcessorWatch processors, SwitchTable table, DeadmanAlarm alarm,
             TransactionTemplate transactions, DeadmanProperties properties, SwitchState state, Clock clock) {
        this.deadlines = deadlines;
        this.processors = processors;
        this.table = table;
        this.alarm = alarm;
        this.transactions = transactions;
        this.properties = properties;
        this.state = state;
        this.clock = clock;
    }

    @Override
    public void start() {
        startedAt = clock.instant();
        for (Check check : Check.values()) {
            table.ensureRow(check, startedAt);
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("beacon-deadman").daemon()
                .factory());
        long interval = properties.checkInterval().toMillis();
        executor.scheduleWithFixedDelay(this::checkSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** After Axon and the deadline scheduler: it reads what they write. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 2;
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            // the health indicator turns DOWN if checks keep failing: an unwatched machinery is not a healthy one
            log.warn("Dead-man's switch check failed", e);
        }
    }

    void check() {
        Instant now = clock.instant();
        boolean warmingUp = now.isBefore(startedAt.plus(properties.stallAfter()));
        Map<String, Duration> processorStalls = new HashMap<>();
        List<Reading> readings = List.of(deadlines.read(now, startedAt),
                processors.read(now, startedAt, processorStalls));
        Map<Check, Boolean> tripped = new EnumMap<>(Check.class);
        for (Reading reading : readings) {
            tripped.put(reading.check(), warmingUp ? table.isTripped(reading.check()) : decide(reading, now));
        }
        state.update(new Snapshot(now, readings, tripped, processorStalls, warmingUp));
    }

    private boolean decide(Reading reading, Instant now) {
        Check check = reading.check();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (table.isTripped(check)) {
                if (reading.stalled().compareTo(properties.recoverBelow()) < 0) {
                    table.recover(check, now).ifPresent(episode -> alarm.recovered(check, episode.number(),
                            Duration.between(episode.trippedAt(), now)));
                    return false;
                }
                return true;
            }
            if (reading.stalled().compareTo(properties.stallAfter()) >= 0) {
                table.trip(check, truncate(reading.summary()), now)
                        .ifPresent(episode -> alarm.tripped(reading, episode));
                return true;
            }
            return false;
        }));
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
