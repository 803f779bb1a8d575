package io.beacon.eventstore;

import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real PostgreSQL: the lock is what stops two instances inserting the same first token rows. */
class ProcessorStartLockTest {

    private final PGSimpleDataSource dataSource = dataSource(TestPostgres.newDatabase("start_lock"));

    @Test
    void aSecondInstanceStartsItsProcessorsOnlyAfterTheFirstHasStartedItsOwn() {
        ProcessorStartLock first = new ProcessorStartLock(dataSource, Duration.ofMinutes(1));
        ProcessorStartLock second = new ProcessorStartLock(dataSource, Duration.ofMinutes(1));
        first.acquire();

        CompletableFuture<Void> secondStarting = CompletableFuture.runAsync(second::acquire);
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(2))
                .until(() -> !secondStarting.isDone() && !second.holding());

        first.release();
        await().atMost(Duration.ofSeconds(5)).until(second::holding);
        second.release();
        assertThat(first.holding()).isFalse();
        assertThat(second.holding()).isFalse();
    }

    @Test
    void anInstanceThatWaitedLongerThanItsPatienceStartsAnyway() {
        ProcessorStartLock stuck = new ProcessorStartLock(dataSource, Duration.ofMinutes(1));
        ProcessorStartLock impatient = new ProcessorStartLock(dataSource, Duration.ofMillis(300));
        stuck.acquire();
        try {
            impatient.acquire();
            assertThat(impatient.holding()).isFalse();
        } finally {
            stuck.release();
        }
    }

    @Test
    void releasingTwiceOrWithoutTheLockIsHarmless() {
        ProcessorStartLock lock = new ProcessorStartLock(dataSource, Duration.ofSeconds(5));
        lock.release();
        lock.acquire();
        lock.release();
        lock.release();
        ProcessorStartLock next = new ProcessorStartLock(dataSource, Duration.ofMillis(300));
        next.acquire();
        assertThat(next.holding()).as("the lock was given back").isTrue();
        next.release();
    }

    private static PGSimpleDataSource dataSource(TestPostgres.Database database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(database.jdbcUrl());
        ds.setUser(database.username());
        ds.setPassword(database.password());
        return ds;
    }
}
