package io.beacon.deadline.deadman;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import java.time.Duration;

/**
 * A recurring db-scheduler task that does nothing: db-scheduler records its {@code last_success} in its
 * {@code scheduled_tasks} row each time it runs, which makes it the scheduler's heartbeat, kept in the database
 * (so any instance can read it) by the very machinery that fires the deadlines.
 */
final class CanaryTask {

    static final String NAME = "beacon-deadman-canary";

    private CanaryTask() {
    }

    static RecurringTask<Void> every(Duration interval) {
        return Tasks.recurring(NAME, FixedDelay.of(interval)).execute((instance, context) -> {
        });
    }
}
