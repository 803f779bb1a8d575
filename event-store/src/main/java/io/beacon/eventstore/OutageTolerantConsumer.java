package io.beacon.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * A message consumer that waits out a database outage, however long it lasts, instead of failing the message.
 * <p>
 * Why: the Kafka binder retries a failed record a bounded number of times and then sends it to the dead-letter
 * topic, where nothing reads it again. With the services' settings (8 attempts, each waiting out the connection pool's
 * 30 s timeout) that is about four minutes: a longer outage, or one failing faster (a refused connection with a short
 * pool timeout), would lose every signal or event that arrived meanwhile. Here a failure {@link DatabaseUnavailable explained by the database being away} is
 * retried with back-off on the same record, so the partition simply waits (its offset is not committed); any other
 * failure is thrown on at once to the binder's bounded retries and dead-letter topic. The delegate must be idempotent
 * and transactional per call (each attempt is a fresh transaction). Should an outage outlast the consumer's
 * {@code max.poll.interval.ms}, the group rebalances and the record is delivered again: idempotence makes that safe.
 */
public final class OutageTolerantConsumer<T> implements Consumer<T> {

    private static final Logger log = LoggerFactory.getLogger(OutageTolerantConsumer.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(200);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);
    private final String name;
    private final Consumer<T> delegate;

    public OutageTolerantConsumer(String name, Consumer<T> delegate) {
        this.name = name;
        this.delegate = delegate;
    }

    @Override
    public void accept(T message) {
        Duration wait = FIRST_WAIT;
        for (int attempt = 1; ; attempt++) {
            try {
                delegate.accept(message);
                if (attempt > 1) {
                    log.info("{}: the database is back; message handled after {} attempts", name, attempt);
                }
                return;
            } catch (RuntimeException failure) {
                if (!DatabaseUnavailable.explains(failure)) {
                    throw failure;
                }
                if (attempt == 1) {
                    log.warn("{}: the database is unavailable; retrying the same message until it is back: {}",
                            name, failure.toString());
                }
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // stopping: leave the record uncommitted, the next owner of the partition handles it
            throw new IllegalStateException(name + " stopped while waiting for the database", e);
        }
    }
}
