package io.beacon.postmortem.publishing;

import io.beacon.contracts.EventTypes;
import io.beacon.contracts.Topics;
import io.beacon.postmortem.actionitem.ActionItemDetails;
import io.beacon.postmortem.actionitem.ActionItemKind;
import io.beacon.postmortem.actionitem.CompleteActionItem;
import io.beacon.postmortem.actionitem.CreateActionItem;
import io.beacon.postmortem.actionitem.DeprioritiseActionItem;
import io.beacon.postmortem.actionitem.IncidentContext;
import io.beacon.postmortem.followup.Priority;
import io.beacon.postmortem.postmortem.DescribeForActionItem;
import io.beacon.postmortem.postmortem.DraftPostmortem;
import io.beacon.postmortem.postmortem.EditPostmortem;
import io.beacon.postmortem.postmortem.IncidentFacts;
import io.beacon.postmortem.postmortem.PostmortemIds;
import io.beacon.postmortem.postmortem.PostmortemSections;
import io.beacon.postmortem.postmortem.PublishPostmortem;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.beacon.postmortem.publishing.PostmortemEventsTopic.header;
import static io.beacon.postmortem.publishing.PostmortemEventsTopic.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands go in through Axon; what comes out on {@code beacon.postmortem-events.v1}, read from a real broker with a
 * plain consumer, is the contract: keys, headers, payloads and order. The org file makes the follow-up ladder run in
 * seconds (Axon's deadline manager fires it), so overdue and escalated are seen too.
 */
@SpringBootTest
class PostmortemEventsPublishingIntegrationTest {

    static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    final PostmortemEventsTopic topic = new PostmortemEventsTopic();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("postmortem_events_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.org-file", PostmortemEventsPublishingIntegrationTest::orgFile);
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    @Test
    void aPostmortemsStoryIsPublishedInOrderUnderItsIdWithWhatConsumersNeed() {
        String postmortemId = draft("INC-11", Instant.now().plus(Duration.ofDays(1)));
        IncidentContext context = commands.sendAndWait(new DescribeForActionItem(postmortemId));
        String done = createItem(context, Priority.P2, "Alert on checkout latency");
        String dropped = createItem(context, Priority.P2, "Rewrite the cart in Rust");
        commands.sendAndWait(new CompleteActionItem(done, "U0ALICE", "Rule merged"));
        commands.sendAndWait(new DeprioritiseActionItem(dropped, null, "the rollback runbook covers the risk",
                "U0CAROL", "U0ALICE"));
        commands.sendAndWait(new EditPostmortem(postmortemId, new PostmortemSections(null, null, null,
                List.of("human error in the deploy script"), null, null), "U0ALICE", Instant.now()));
        commands.sendAndWait(new PublishPostmortem(postmortemId, "quoting the deploy log", "U0ALICE",
                Instant.now()));

        List<ConsumerRecord<String, String>> records = awaitRecords(postmortemId, 6);

        assertThat(types(records)).containsExactly(EventTypes.POSTMORTEM_DRAFTED, EventTypes.ACTION_ITEM_CREATED,
                EventTypes.ACTION_ITEM_CREATED, EventTypes.ACTION_ITEM_COMPLETED,
                EventTypes.ACTION_ITEM_DEPRIORITISED, EventTypes.POSTMORTEM_PUBLISHED);
        for (ConsumerRecord<String, String> record : records) {
            JsonNode payload = json.readTree(record.value());
            assertThat(header(record, Topics.EVENT_ID_HEADER)).isEqualTo(payload.get("eventId").asString());
            assertThat(payload.get("postmortemId").asString()).isEqualTo(postmortemId);
            assertThat(payload.get("reference").asString()).isEqualTo("INC-11");
            assertThat(payload.get("service").asString()).isEqualTo("checkout-api");
            assertThat(payload.get("severity").asString()).isEqualTo("SEV1");
            assertThat(payload.get("schemaVersion").asInt()).isEqualTo(1);
        }
        assertThat(header(records.getFirst(), Topics.EVENT_ID_HEADER)).as("the Axon event id, stable across retries")
                .isEqualTo(jdbc.queryForObject("select event_identifier from domain_event_entry"
                        + " where aggregate_identifier = ? and sequence_number = 0", String.class, postmortemId));

        JsonNode drafted = payload(records.get(0));
        assertThat(drafted.get("owner").asString()).isEqualTo("U0ALICE");
        assertThat(drafted.get("mandatory").asBoolean()).isTrue();
        assertThat(drafted.get("title").asString()).isEqualTo("Checkout error budget burn");

        JsonNode created = payload(records.get(1));
        assertThat(created.get("actionItemId").asString()).isEqualTo(done);
        assertThat(created.get("team").asString()).isEqualTo("payments");
        assertThat(created.get("priority").asString()).isEqualTo("P2");
        assertThat(created.get("kind").asString()).isEqualTo("DETECT");
        assertThat(created.get("dueAt").isNull()).isFalse();

        JsonNode completed = payload(records.get(3));
        assertThat(completed.get("actionItemId").asString()).isEqualTo(done);
        assertThat(completed.get("title").asString()).isEqualTo("Alert on checkout latency");
        assertThat(completed.get("team").asString()).as("from the outbound facts").isEqualTo("payments");
        assertThat(completed.get("completedBy").asString()).isEqualTo("U0ALICE");
        assertThat(completed.get("onTime").asBoolean()).isTrue();

        JsonNode deprioritised = payload(records.get(4));
        assertThat(deprioritised.get("actionItemId").asString()).isEqualTo(dropped);
        assertThat(deprioritised.get("wontDo").asBoolean()).isTrue();
        assertThat(deprioritised.get("dueAt").isNull()).isTrue();
        assertThat(deprioritised.get("approvedBy").asString()).isEqualTo("U0CAROL");
        assertThat(deprioritised.get("requestedBy").asString()).isEqualTo("U0ALICE");
        assertThat(deprioritised.get("riskAcceptance").asString()).isEqualTo("the rollback runbook covers the risk");

        JsonNode published = payload(records.get(5));
        assertThat(published.get("publishedBy").asString()).isEqualTo("U0ALICE");
        assertThat(published.get("onTime").asBoolean()).isTrue();
        assertThat(published.get("overrideReason").asString()).isEqualTo("quoting the deploy log");
        assertThat(published.get("overriddenFlags").get(0).get("section").asString())
                .isEqualTo("contributingFactors[0]");
    }

    @Test
    void lateItemsAndPostmortemsArePublishedOverdueThenEscalated() {
        String postmortemId = draft("INC-12", Instant.now().plusSeconds(2));
        IncidentContext context = commands.sendAndWait(new DescribeForActionItem(postmortemId));
        String late = createItem(context, Priority.P1, "Add a canary");

        AtomicReference<List<ConsumerRecord<String, String>>> records = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            records.set(topic.withKey(postmortemId));
            return types(records.get()).containsAll(List.of(EventTypes.POSTMORTEM_OVERDUE,
                    EventTypes.POSTMORTEM_ESCALATED, EventTypes.ACTION_ITEM_OVERDUE, EventTypes.ACTION_ITEM_ESCALATED));
        });

        JsonNode overdue = first(records.get(), EventTypes.ACTION_ITEM_OVERDUE);
        assertThat(overdue.get("actionItemId").asString()).isEqualTo(late);
        assertThat(overdue.get("owner").asString()).isEqualTo("U0ALICE");
        assertThat(overdue.get("priority").asString()).isEqualTo("P1");
        JsonNode escalated = first(records.get(), EventTypes.ACTION_ITEM_ESCALATED);
        assertThat(escalated.get("level").asInt()).isEqualTo(1);
        assertThat(escalated.get("escalatedTo").asString()).isEqualTo("U0CAROL");
        assertThat(escalated.get("incidentId").asString()).isEqualTo(context.incidentId());
        JsonNode postmortemLate = first(records.get(), EventTypes.POSTMORTEM_OVERDUE);
        assertThat(postmortemLate.get("owner").asString()).isEqualTo("U0ALICE");
        assertThat(postmortemLate.get("reference").asString()).isEqualTo("INC-12");
        JsonNode postmortemEscalated = first(records.get(), EventTypes.POSTMORTEM_ESCALATED);
        assertThat(postmortemEscalated.get("escalatedTo").asString()).isEqualTo("U0CAROL");
        assertThat(types(records.get())).as("reminders stay inside").allMatch(type -> !type.contains("remind"))
                .first().isEqualTo(EventTypes.POSTMORTEM_DRAFTED);
    }

    private String draft(String reference, Instant publishDueAt) {
        String incidentId = UUID.randomUUID().toString();
        Instant resolved = Instant.now();
        IncidentFacts facts = new IncidentFacts(incidentId, reference, 11, "checkout-api",
                "Checkout error budget burn", "SEV1", "U0ALICE", "U0ALICE", "Rolled back",
                resolved.minusSeconds(3600), null, null, resolved, null, null, Duration.ofHours(1), null, null);
        String postmortemId = PostmortemIds.forIncident(incidentId);
        commands.sendAndWait(new DraftPostmortem(postmortemId, facts, true, publishDueAt, resolved));
        return postmortemId;
    }

    private String createItem(IncidentContext context, Priority priority, String title) {
        String id = "ai-" + UUID.randomUUID();
        commands.sendAndWait(new CreateActionItem(id, context, new ActionItemDetails(title, null, "U0ALICE",
                priority, null, ActionItemKind.DETECT, null), "U0CAROL"));
        return id;
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String key, int count) {
        AtomicReference<List<ConsumerRecord<String, String>>> records = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            records.set(topic.withKey(key));
            return records.get().size() >= count;
        });
        return records.get();
    }

    private static JsonNode first(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(record -> type.equals(header(record, Topics.EVENT_TYPE_HEADER)))
                .map(PostmortemEventsPublishingIntegrationTest::payload).findFirst().orElseThrow();
    }

    private static JsonNode payload(ConsumerRecord<String, String> record) {
        return json.readTree(record.value());
    }

    /** Owner U0ALICE, managed by U0CAROL; a P1 item is due in 3 s and every follow-up step comes a second apart. */
    private static String orgFile() {
        try {
            Path file = Files.createTempFile("postmortem-events-org", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, """
                    people:
                      U0ALICE: { manager: U0CAROL, team: payments }
                      U0CAROL: { manager: U0DIRECTOR, team: payments }
                      U0DIRECTOR: { team: engineering }
                    follow-up:
                      remind-before-due: PT1S
                      grace-after-due: PT1S
                      escalate-every: PT1S
                    priorities: { P1: PT3S, P2: P30D, P3: P90D }
                    """);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
