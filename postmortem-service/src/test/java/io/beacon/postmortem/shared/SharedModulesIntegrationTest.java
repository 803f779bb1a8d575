package io.beacon.postmortem.shared;

import io.beacon.eventstore.IndexOrderedJpaEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import com.github.kagkarlsson.scheduler.Scheduler;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.OutboundMessage.Kind;
import io.beacon.slack.OutboundMessage.Priority;
import io.beacon.slack.SlackOutbox;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * postmortem-service runs on the shared modules as incident-service does, on a real PostgreSQL migrated by its own
 * Flyway versions: a direct message enqueued in the Slack outbox reaches Slack (the stand-in) once, its admin
 * endpoint is for managers only, and the deadlines' db-scheduler {@link Scheduler} is running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=alice:responder:alice-token,bob:manager:bob-token",
        "beacon.slack.bot-token=xoxb-postmortem-test",
        // its own consumer group: another test class's context may still be consuming with the service's group
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=postmortem-shared-modules-it"})
class SharedModulesIntegrationTest {

    static final SlackStandIn slack = SlackStandIn.start();
    static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SlackOutbox outbox;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventStorageEngine eventStorageEngine;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_shared_modules_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    /** Axon's own engine sorts an aggregate's remaining events for every batch on H2 (event-store's README). */
    /**
     * Axon's handler timeouts capture the thread's stack for every handler call (application.yml, axon.timeout): off.
     * Neither the handler wrapper nor its janitor is wired.
     */
    @Test
    void noHandlerCallIsWrappedInAxonsTimeLimitedTask() {
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(context.getBeanNamesForType(TimeoutProperties.class)).isEmpty();
    }

    @Test
    void theEventStoreReadsAStreamInItsIndexOrder() {
        assertThat(eventStorageEngine).isInstanceOf(IndexOrderedJpaEventStorageEngine.class);
    }

    @Test
    void aDirectMessageEnqueuedInTheOutboxIsPostedToSlackOnce() throws Exception {
        OutboundMessage reminder = dm("postmortem-reminder:PM-1", "U0TEST", "Your postmortem is due tomorrow");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.enqueue(reminder);
            outbox.enqueue(reminder);
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> status(reminder.key()), "DELIVERED"::equals);
        // a later message delivered after it shows the worker has polled since: nothing else went to U0TEST
        OutboundMessage other = dm("postmortem-reminder:PM-2", "U0OTHER", "Another one");
        outbox.enqueue(other);
        outbox.enqueue(reminder);
        await().atMost(Duration.ofSeconds(20)).until(() -> status(other.key()), "DELIVERED"::equals);

        List<SlackStandIn.Call> posts = slack.calls("chat.postMessage", call -> "U0TEST".equals(call.param("channel")));
        assertThat(posts).hasSize(1);
        assertThat(posts.getFirst().param("text")).isEqualTo("Your postmortem is due tomorrow");
        assertThat(posts.getFirst().authorization()).isEqualTo("Bearer xoxb-postmortem-test");
        assertThat(jdbc.queryForObject("select incident_id from slack_outbox where message_key = ?", String.class,
                reminder.key())).as("the subject").isEqualTo("PM-1");

        assertThat(get("/api/admin/slack-outbox", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/admin/slack-outbox", "alice-token").statusCode()).isEqualTo(403);
        HttpResponse<String> listed = get("/api/admin/slack-outbox?status=DELIVERED", "bob-token");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(reminder.key());
    }

    @Test
    void theDeadlineSchedulerIsRunningOnTheServicesScheduledTasksTable() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(scheduler.getSchedulerState().isShuttingDown()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class)).isNotNull();
    }

    private static OutboundMessage dm(String key, String userId, String text) {
        return new OutboundMessage(key, key.substring(key.indexOf(':') + 1), Kind.POST,
                OutboundMessage.directMessage(userId), List.of(), null, text, null, Priority.NORMAL);
    }

    private String status(String key) {
        return jdbc.queryForList("select status from slack_outbox where message_key = ?", String.class, key)
                .stream().findFirst().orElse(null);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
