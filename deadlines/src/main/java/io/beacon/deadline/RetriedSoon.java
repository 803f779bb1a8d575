package io.beacon.deadline;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * A deadline whose handler failed is tried again in a moment, not in db-scheduler's default five minutes. The usual
 * failure is a lost race: with two instances an escalation deadline fires on one while the other appends an event to
 * the same incident (a page delivered), and the event store refuses the second append (optimistic locking). Retried
 * at once it sees the new event and decides again; waiting five minutes would page the next level five minutes late.
 * A failure that persists (the database away) backs off, doubling up to {@code longest}, and never gives up: a
 * deadline is a promise to a person.
 */
public final class RetriedSoon<T> implements FailureHandler<T> {

    private static final Logger log = LoggerFactory.getLogger(RetriedSoon.class);

    private final Duration first;
    private final Duration longest;

    public RetriedSoon(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    /** The same task (name, data, execution) with this failure handling. */
    public static <T> Task<T> wrap(Task<T> task, Duration first, Duration longest) {
        return Tasks.oneTime(task.getName(), task.getDataClass())
                .onFailure(new RetriedSoon<>(first, longest))
                .execute((instance, context) -> task.execute(instance, context));
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        Duration wait = after(complete.getExecution().consecutiveFailures);
        log.warn("Deadline {} failed ({} time(s) before); trying again in {} ms", complete.getExecution().taskInstance,
                complete.getExecution().consecutiveFailures, wait.toMillis(), complete.getCause().orElse(null));
        operations.reschedule(complete, complete.getTimeDone().plus(wait));
    }

    /** How long to wait after the given number of earlier consecutive failures. */
    Duration after(int earlierFailures) {
        Duration wait = first;
        for (int i = 0; i < earlierFailures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
