package io.beacon.deadline;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;

import java.time.Clock;
import java.time.Duration;

/**
 * Records {@code beacon.deadline.lag}: how long after its due time a deadline starts executing (polling interval,
 * queueing behind busy threads, a restart in between). Tagged with the deadline's name, a handful of constants.
 */
public final class DeadlineLagTimer implements ExecutionInterceptor {

    public static final String METRIC = "beacon.deadline.lag";

    private final MeterRegistry registry;
    private final Clock clock;

    DeadlineLagTimer(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> taskInstance, ExecutionContext context, ExecutionChain chain) {
        Duration lag = Duration.between(context.getExecution().executionTime, clock.instant());
        String deadline = taskInstance.getData() instanceof DbSchedulerHumanReadableDeadlineDetails details
                ? details.getDeadlineName() : taskInstance.getTaskName();
        Timer.builder(METRIC)
                .description("Time from a deadline's due time to the start of its execution")
                .tag("deadline", deadline)
                .publishPercentileHistogram()
                .register(registry)
                .record(lag.isNegative() ? Duration.ZERO : lag);
        return chain.proceed(taskInstance, context);
    }
}
