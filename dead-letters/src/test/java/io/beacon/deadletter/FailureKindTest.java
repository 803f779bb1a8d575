package io.beacon.deadletter;

import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.KafkaException;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FailureKindTest {

    static Stream<Arguments> transientFailures() {
        return Stream.of(
                Arguments.of("a query timeout", new QueryTimeoutException("slow")),
                Arguments.of("a lock not acquired", new CannotAcquireLockException("locked")),
                Arguments.of("no JDBC connection", new CannotGetJdbcConnectionException("pool exhausted")),
                Arguments.of("no transaction", new CannotCreateTransactionException("database down")),
                Arguments.of("a pool timeout", new SQLTransientConnectionException("HikariPool timeout")),
                Arguments.of("a broken connection", new SQLRecoverableException("socket closed")),
                Arguments.of("a connection the pool closed when PostgreSQL stopped (no SQLSTATE)",
                        new IllegalStateException("tx", new SQLException("Connection is closed"))),
                Arguments.of("PostgreSQL refusing the connection",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001")),
                Arguments.of("Hibernate losing the connection",
                        new JDBCConnectionException("lost", new SQLException("io", "08006"))),
                Arguments.of("a refused socket", new ConnectException("Connection refused")),
                Arguments.of("PostgreSQL stopping with the connection open (admin_shutdown)",
                        new SQLException("terminating connection due to administrator command", "57P01")),
                Arguments.of("PostgreSQL still starting up (cannot_connect_now)",
                        new SQLException("the database system is starting up", "57P03")),
                Arguments.of("PostgreSQL out of connections", new SQLException("too many clients", "53300")),
                Arguments.of("Kafka's timeout, wrapped as KafkaTemplate wraps it", new ExecutionException(
                        new KafkaException("send failed",
                                new org.apache.kafka.common.errors.TimeoutException("metadata")))),
                Arguments.of("Kafka short of replicas", new NotEnoughReplicasException("isr")),
                Arguments.of("waiting for a send too long", new TimeoutException("15 s")),
                Arguments.of("a lost optimistic-locking race inside a command failure",
                        new CommandExecutionException("refused", new ConcurrencyException("race"))),
                Arguments.of("an interrupt at shutdown", new InterruptedException()));
    }

    static Stream<Arguments> permanentFailures() {
        return Stream.of(
                Arguments.of("bad input", new IllegalArgumentException("no such severity")),
                Arguments.of("a bug", new NullPointerException()),
                Arguments.of("a broken invariant", new IllegalStateException("resolved twice")),
                Arguments.of("a value too long for its column", new DataIntegrityViolationException("too long",
                        new SQLException("value too long for type character varying(255)", "22001"))),
                Arguments.of("an unreadable payload", MismatchedInputException.from(null, String.class, "bad")),
                Arguments.of("a record Kafka refuses", new RecordTooLargeException("too large")),
                Arguments.of("a record Kafka can't serialize", new SerializationException("bad")),
                Arguments.of("a command refused", new CommandExecutionException("resolved", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transientFailures")
    void failuresThatPassByThemselvesAreTransient(String what, Throwable failure) {
        assertThat(FailureKind.of(failure)).isEqualTo(FailureKind.TRANSIENT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permanentFailures")
    void everythingElseIsPermanent(String what, Throwable failure) {
        assertThat(FailureKind.of(failure)).isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void aCauseChainWithACycleEnds() {
        IllegalStateException outer = new IllegalStateException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.initCause(inner);
        assertThat(FailureKind.of(outer)).isEqualTo(FailureKind.PERMANENT);
    }
}
