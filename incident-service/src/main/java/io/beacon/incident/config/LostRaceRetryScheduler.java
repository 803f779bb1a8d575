package io.beacon.incident.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Retries a command only when it lost an optimistic-locking race ({@link LostRace}), a bounded number of times. Axon's
 * own schedulers retry everything not marked non-transient, and test their predicate against every cause in the
 * chain, so "retry only this one kind" can't be said with them: a refused command (bad input, a resolved incident)
 * must fail at once, to be answered or parked by its caller.
 */
final class LostRaceRetryScheduler implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final long intervalMillis;
    private final int maxRetries;

    LostRaceRetryScheduler(ScheduledExecutorService executor, long intervalMillis, int maxRetries) {
        this.executor = executor;
        this.intervalMillis = intervalMillis;
        this.maxRetries = maxRetries;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        if (!LostRace.is(lastFailure) || failures.size() > maxRetries) {
            return false;
        }
        executor.schedule(commandDispatch, intervalMillis * failures.size(), TimeUnit.MILLISECONDS);
        return true;
    }
}
