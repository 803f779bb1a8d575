package io.beacon.eventstore;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutageTolerantConsumerTest {

    @Test
    void aMessageArrivingWhileTheDatabaseIsAwayIsHandledOnceItIsBack() {
        AtomicInteger attempts = new AtomicInteger();
        List<String> handled = new ArrayList<>();
        OutageTolerantConsumer<String> intake = new OutageTolerantConsumer<>("test intake", message -> {
            switch (attempts.incrementAndGet()) {
                case 1 -> throw new IllegalStateException("transaction failed",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
                case 2 -> throw new IllegalStateException("commit failed", new SQLException("terminating "
                        + "connection due to administrator command", "57P01"));
                case 3 -> throw new RuntimeException(new SQLException("the database system is starting up", "57P03"));
                default -> handled.add(message);
            }
        });

        intake.accept("signal-1");

        assertThat(handled).containsExactly("signal-1");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void anyOtherFailureGoesOnAtOnceToTheBindersRetriesAndDeadLetterTopic() {
        AtomicInteger attempts = new AtomicInteger();
        OutageTolerantConsumer<String> intake = new OutageTolerantConsumer<>("test intake", message -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("names no service");
        });

        assertThatThrownBy(() -> intake.accept("bad")).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void constraintViolationsAndBugsAreNotOutages() {
        assertThat(DatabaseUnavailable.explains(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.explains(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.explains(new SQLException("too many clients already", "53300"))).isTrue();
        assertThat(DatabaseUnavailable.explains(new JDBCConnectionException("lost", new SQLException("io")))).isTrue();
        // the pool's own word for a connection it closed under us when the database broke it
        assertThat(DatabaseUnavailable.explains(new IllegalStateException("tx",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseUnavailable.explains(new SQLException("Connection is closed by the application", "XX000")))
                .isFalse();
    }
}
