package io.beacon.incident.web.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs what a Slack request asks for on a small bounded pool and waits for it only as long as Slack waits for our
 * answer (3 s, less a margin). Commands run synchronously on Axon's local command bus, so without this a slow
 * database would make Slack show the person an error while the command still goes through.
 */
final class SlackWork {

    private static final Logger log = LoggerFactory.getLogger(SlackWork.class);

    private final ExecutorService executor;
    private final Duration answerWithin;

    SlackWork(ExecutorService executor, Duration answerWithin) {
        this.executor = executor;
        this.answerWithin = answerWithin;
    }

    /**
     * The outcome of {@code work} when it finishes in time; otherwise {@code meanwhile}, and the outcome is handed
     * to {@code late} when it comes. {@code work} is expected to turn its own failures into replies.
     */
    <T> T answer(Supplier<T> work, T meanwhile, T busy, Consumer<T> late) {
        CompletableFuture<T> outcome;
        try {
            outcome = CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException e) {
            log.warn("Slack work refused: every worker is busy");
            return busy;
        }
        try {
            return outcome.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.whenComplete((result, failure) -> {
                if (result != null) {
                    late.accept(result);
                }
            });
            return meanwhile;
        } catch (ExecutionException e) {
            log.error("Slack work failed", e.getCause());
            return busy;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy;
        }
    }
}
