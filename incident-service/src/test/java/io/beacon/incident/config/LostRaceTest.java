package io.beacon.incident.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only lost optimistic-locking races are retried; a refused command is not. */
class LostRaceTest {

    @Test
    void aConcurrencyConflictAnywhereInTheCauseChainIsALostRace() {
        assertThat(LostRace.is(new ConcurrencyException("another instance appended first"))).isTrue();
        assertThat(LostRace.is(new CommandExecutionException("wrapped", new ConcurrencyException("x")))).isTrue();
        assertThat(LostRace.is(new AggregateStreamCreationException("created twice"))).isTrue();
    }

    @Test
    void badInputAndRefusalsAreNot() {
        assertThat(LostRace.is(new IllegalArgumentException("Say who acknowledges"))).isFalse();
        assertThat(LostRace.is(new IllegalStateException("INC-4 is resolved"))).isFalse();
        assertThat(LostRace.is(new CommandExecutionException("wrapped", new IllegalArgumentException("x"))))
                .isFalse();
    }

    @Test
    void theSchedulerRetriesALostRaceABoundedNumberOfTimesAndNothingElse() {
        java.util.concurrent.ScheduledExecutorService executor =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            LostRaceRetryScheduler scheduler = new LostRaceRetryScheduler(executor, 1, 2);
            org.axonframework.commandhandling.CommandMessage<String> command =
                    org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage("x");
            java.util.List<Class<? extends Throwable>[]> once = java.util.List.<Class<? extends Throwable>[]>of(
                    new Class[]{ConcurrencyException.class});
            java.util.List<Class<? extends Throwable>[]> thrice = java.util.Collections.nCopies(3, once.get(0));

            assertThat(scheduler.scheduleRetry(command, new ConcurrencyException("lost"), once, () -> { }))
                    .isTrue();
            assertThat(scheduler.scheduleRetry(command, new ConcurrencyException("lost"), thrice, () -> { }))
                    .isFalse();
            assertThat(scheduler.scheduleRetry(command, new IllegalArgumentException("bad"), once, () -> { }))
                    .isFalse();
            assertThat(scheduler.scheduleRetry(command, new AggregateStreamCreationException("raced",
                    new RuntimeException("duplicate key")), once, () -> { })).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }
}
