package io.beacon.slack.delivery;

import com.slack.api.Slack;
import com.zaxxer.hikari.HikariDataSource;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackDeliveryListener;
import io.beacon.slack.SlackWebApi;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Slack outbox wired without Spring Boot: a real PostgreSQL with the canonical DDL, the real Slack SDK against the
 * Slack stand-in, and as many delivery workers (service instances) as a test asks for.
 */
final class OutboxRig implements AutoCloseable {

    static final String TOKEN = "xoxb-outbox-test";
    static final SlackDeliveryProperties FAST = new SlackDeliveryProperties(Duration.ofMillis(50),
            Duration.ofSeconds(30), Duration.ofSeconds(2), 4);

    /** What the listener was told, in order. */
    record Told(String kind, String key, String address, String channelOrError, String tsOrDeliveredTo) {
    }

    final SlackStandIn slack = SlackStandIn.start();
    final HikariDataSource dataSource = new HikariDataSource();
    final JdbcTemplate jdbc;
    final OutboxQueries queries;
    final OutboxStore store;
    final DeliveryWakeUp wakeUp = new DeliveryWakeUp();
    final JdbcSlackOutbox outbox;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<Told> told = new CopyOnWriteArrayList<>();
    /** How many listener calls still throw (a listener whose transaction fails) before it records again. */
    final AtomicInteger listenerFailures = new AtomicInteger();
    private final Slack client = SlackWebApi.connect(slack.apiUrl());
    private final List<SlackDeliveryWorker> workers = new ArrayList<>();

    OutboxRig(String name) {
        TestPostgres.Database db = TestPostgres.newDatabase(name);
        dataSource.setJdbcUrl(db.jdbcUrl());
        dataSource.setUsername(db.username());
        dataSource.setPassword(db.password());
        dataSource.setMaximumPoolSize(12);
        OutboxSchema.create(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        queries = new OutboxQueries(jdbc);
        store = new OutboxStore(jdbc);
        outbox = new JdbcSlackOutbox(jdbc, Clock.systemUTC(), wakeUp);
    }

    /** Starts one more delivery worker, as another service instance on the same database would. */
    SlackDeliveryWorker startWorker(SlackDeliveryProperties properties) {
        SlackDeliveryWorker worker = worker(properties, SlackDeliveryConfiguration.slackDispatcher(
                new SlackMethods(client, TOKEN), queries, store));
        worker.start();
        return worker;
    }

    SlackDeliveryWorker startWorker() {
        return startWorker(FAST);
    }

    SlackDeliveryWorker worker(SlackDeliveryProperties properties, Dispatcher dispatcher) {
        ListenerNotifier notifier = new ListenerNotifier(recordingListener(), store,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        SlackDeliveryWorker worker = new SlackDeliveryWorker(queries, store, dispatcher, notifier,
                workers.isEmpty() ? wakeUp : new DeliveryWakeUp(), properties, new DeliveryMetrics(meters),
                Clock.systemUTC());
        workers.add(worker);
        return worker;
    }

    Slack client() {
        return client;
    }

    OutboxRow row(String key) {
        return queries.byKey(key).orElseThrow();
    }

    OutboxStatus status(String key) {
        return row(key).status();
    }

    List<SlackStandIn.Call> posts(String channel) {
        return slack.calls("chat.postMessage", call -> channel.equals(call.param("channel")));
    }

    static OutboundMessage post(String key, String address, String text, List<String> fallbacks) {
        return new OutboundMessage(key, "INC-1", OutboundMessage.Kind.POST, address, fallbacks, null, text, null,
                OutboundMessage.Priority.NORMAL);
    }

    static OutboundMessage post(String key, String address, String text) {
        return post(key, address, text, List.of());
    }

    private SlackDeliveryListener recordingListener() {
        return new SlackDeliveryListener() {
            @Override
            public void delivered(OutboundMessage message, String channel, String ts) {
                if (listenerFailures.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
                    throw new IllegalStateException("the listener's transaction failed");
                }
                told.add(new Told("delivered", message.key(), message.address(), channel, ts));
            }

            @Override
            public void failed(OutboundMessage message, String address, String error, String deliveredTo) {
                told.add(new Told("failed", message.key(), address, error, deliveredTo));
            }
        };
    }

    @Override
    public void close() {
        workers.forEach(SlackDeliveryWorker::stop);
        try {
            client.close();
        } catch (Exception ignored) {
            // only its connection pool
        }
        slack.close();
        dataSource.close();
    }
}
