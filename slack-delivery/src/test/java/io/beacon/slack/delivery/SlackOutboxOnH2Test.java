package io.beacon.slack.delivery;

import com.zaxxer.hikari.HikariDataSource;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackDeliveryListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on H2 (the default database of a local run) without a bot token: the same SQL works there, a duplicate
 * key leaves the caller's transaction usable, and messages are logged and recorded as delivered with no ts.
 */
class SlackOutboxOnH2Test {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private SlackDeliveryWorker worker;

    @AfterEach
    void close() {
        if (worker != null) {
            worker.stop();
        }
        dataSource.close();
    }

    @Test
    void withoutABotTokenMessagesAreLoggedAndRecordedAsDelivered() {
        dataSource.setJdbcUrl("jdbc:h2:mem:slack_outbox_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        OutboxSchema.create(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        DeliveryWakeUp wakeUp = new DeliveryWakeUp();
        JdbcSlackOutbox outbox = new JdbcSlackOutbox(jdbc, Clock.systemUTC(), wakeUp);
        OutboxQueries queries = new OutboxQueries(jdbc);
        OutboxStore store = new OutboxStore(jdbc);

        tx.executeWithoutResult(status -> {
            outbox.enqueue(post("page:1", "C0PAY", "wake up"));
            outbox.enqueue(post("page:1", "C0PAY", "wake up (redelivered)"));
            outbox.enqueue(new OutboundMessage("channel", "INC-1", OutboundMessage.Kind.CREATE_CHANNEL,
                    OutboundMessage.subjectChannel("INC-1"), List.of(), null, "inc-1", null,
                    OutboundMessage.Priority.BACKGROUND));
        });
        worker = new SlackDeliveryWorker(queries, store, new LoggingDispatcher(),
                new ListenerNotifier(listener(), store, tx), wakeUp, OutboxRig.FAST, new DeliveryMetrics(null),
                Clock.systemUTC());
        worker.start();

        await().until(() -> delivered.size() == 2);
        assertThat(delivered).containsExactlyInAnyOrder("page:1", "channel");
        assertThat(queries.byKey("page:1").orElseThrow()).satisfies(row -> {
            assertThat(row.status()).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(row.deliveredTs()).isNull();
            assertThat(row.message().text()).isEqualTo("wake up");
        });
        assertThat(queries.count(OutboxStatus.DELIVERED)).isEqualTo(2);
    }

    /**
     * A stopping worker whose poller waits for a connection (the database went first: the JVM runs shutdown hooks
     * side by side) stops without waiting out the pool's timeout or the claim timeout.
     */
    @Test
    void stopDoesNotWaitForAConnectionThePollerCannotGet() throws Exception {
        dataSource.setJdbcUrl("jdbc:h2:mem:slack_outbox_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setMaximumPoolSize(1);
        dataSource.setConnectionTimeout(Duration.ofMinutes(2).toMillis());
        OutboxSchema.create(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        OutboxStore store = new OutboxStore(jdbc);
        SlackDeliveryProperties slowClaims = new SlackDeliveryProperties(Duration.ofMillis(50),
                Duration.ofMinutes(2), Duration.ofMinutes(5), 2);
        worker = new SlackDeliveryWorker(new OutboxQueries(jdbc), store, new LoggingDispatcher(),
                new ListenerNotifier(listener(), store, tx), new DeliveryWakeUp(), slowClaims,
                new DeliveryMetrics(null), Clock.systemUTC());
        Thread poller;
        try (Connection theOnlyOne = dataSource.getConnection()) {
            worker.start();
            poller = await().until(SlackOutboxOnH2Test::pollerWaitingForAConnection, Optional::isPresent).get();
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> worker.stop());
        }
        assertThat(poller.isAlive()).isFalse();
        assertThat(worker.isRunning()).isFalse();
    }

    private static Optional<Thread> pollerWaitingForAConnection() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("slack-delivery-poller"))
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame ->
                        frame.getClassName().endsWith("HikariPool") && frame.getMethodName().equals("getConnection")))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private SlackDeliveryListener listener() {
        return new SlackDeliveryListener() {
            @Override
            public void delivered(OutboundMessage message, String channel, String ts) {
                delivered.add(message.key());
            }

            @Override
            public void failed(OutboundMessage message, String address, String error, String deliveredTo) {
                throw new AssertionError("nothing fails without Slack");
            }
        };
    }
}
