package io.beacon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the db-scheduler {@link Scheduler} once Axon is up and stops it before Axon goes down. Axon never starts
 * it, and it must not: a deadline executed before the repositories and processors run could not load its aggregate.
 * Stopping first lets executing deadlines finish while Axon can still commit them; a deadline cut off by a crash
 * instead is taken over by another instance once its heartbeats stop.
 */
final class DeadlineSchedulerLifecycle implements SmartLifecycle {

    /** Just after Axon's own lifecycle phase: started after it, stopped before it. */
    static final int PHASE = SpringAxonConfiguration.LIFECYCLE_PHASE + 1;

    private final Scheduler scheduler;
    private volatile boolean running;

    DeadlineSchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
