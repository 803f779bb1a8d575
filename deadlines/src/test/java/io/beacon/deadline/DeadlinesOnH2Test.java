package io.beacon.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeAware;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The H2 DDL (the local runs' database) holds db-scheduler's table, and a deadline with a record payload
 * goes through it as JSON and comes back intact: Axon's deadline manager and db-scheduler without Spring.
 */
class DeadlinesOnH2Test {

    record Reminder(String note, int step, Instant since) {
    }

    private final Queue<Object> received = new ConcurrentLinkedQueue<>();
    private Scheduler scheduler;

    @AfterEach
    void stopScheduler() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    @Test
    void aRecordPayloadRoundTripsThroughTheH2TableAsJson() throws Exception {
        JdbcDataSource h2 = migratedH2();
        AtomicReference<DbSchedulerDeadlineManager> manager = new AtomicReference<>();
        scheduler = Scheduler.create(h2, List.of(DbSchedulerDeadlineManager.humanReadableTask(manager::get)))
                .serializer(new JsonTaskData())
                .pollingInterval(Duration.ofMillis(100))
                .build();
        manager.set(DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(scope -> Stream.of(recordingScope()))
                .serializer(Jackson3Serializer.builder().build())
                .useBinaryPojo(false)
                .startScheduler(false)
                .build());
        Reminder reminder = new Reminder("post a status update", 3, Instant.parse("2026-11-22T03:04:05.987654321Z"));

        manager.get().schedule(Instant.now().plusMillis(300), "status-update", reminder,
                new AggregateScopeDescriptor("Incident", "incident-1"));
        String taskData = taskData(h2);
        scheduler.start();

        assertThat(taskData).contains("\"deadlineName\":\"status-update\"").contains("post a status update");
        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        assertThat(received).containsExactly(reminder);
    }

    @Test
    void aDeadlineThatLostARaceIsTriedAgainAtOnceNotInFiveMinutes() throws Exception {
        JdbcDataSource h2 = migratedH2();
        AtomicReference<DbSchedulerDeadlineManager> manager = new AtomicReference<>();
        scheduler = Scheduler.create(h2, List.of(RetriedSoon.wrap(DbSchedulerDeadlineManager.humanReadableTask(manager::get),
                        Duration.ofMillis(100), Duration.ofSeconds(30))))
                .serializer(new JsonTaskData())
                .pollingInterval(Duration.ofMillis(100))
                .build();
        AtomicInteger attempts = new AtomicInteger();
        ScopeAware recording = recordingScope();
        ScopeAware losingOnce = new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor scope) throws Exception {
                if (attempts.incrementAndGet() == 1) {
                    throw new ConcurrencyException("another instance appended to incident-1 first");
                }
                recording.send(message, scope);
            }

            @Override
            public boolean canResolve(ScopeDescriptor scope) {
                return recording.canResolve(scope);
            }
        };
        manager.set(DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(scope -> Stream.of(losingOnce))
                .serializer(Jackson3Serializer.builder().build())
                .useBinaryPojo(false)
                .startScheduler(false)
                .build());
        Reminder reminder = new Reminder("escalate to level 2", 2, Instant.parse("2026-11-23T03:00:00Z"));

        manager.get().schedule(Instant.now().plusMillis(200), "escalation", reminder,
                new AggregateScopeDescriptor("Incident", "incident-1"));
        scheduler.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        assertThat(attempts).hasValue(2);
        assertThat(received).containsExactly(reminder);
    }

    @Test
    void aDeadlineThatKeepsFailingBacksOffDoublingUpToTheLongestWait() {
        RetriedSoon<Object> retry = new RetriedSoon<>(Duration.ofMillis(100), Duration.ofSeconds(30));
        assertThat(retry.after(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(retry.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(retry.after(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(retry.after(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    private ScopeAware recordingScope() {
        return new ScopeAware() {
            @Override
            public void send(Message<?> message, ScopeDescriptor scope) {
                if (message instanceof DeadlineMessage<?> deadline) {
                    received.add(deadline.getPayload());
                }
            }

            @Override
            public boolean canResolve(ScopeDescriptor scope) {
                return scope instanceof AggregateScopeDescriptor aggregate
                        && aggregate.getIdentifier().equals("incident-1");
            }
        };
    }

    private static JdbcDataSource migratedH2() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:deadlines-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        String ddl;
        try (var in = DeadlinesOnH2Test.class.getResourceAsStream("scheduled_tasks-h2.sql")) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = h2.getConnection(); Statement st = c.createStatement()) {
            for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        return h2;
    }

    private static String taskData(JdbcDataSource h2) throws Exception {
        try (Connection c = h2.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select task_data from scheduled_tasks")) {
            assertThat(rs.next()).isTrue();
            return new String(rs.getBytes(1), StandardCharsets.UTF_8);
        }
    }
}
