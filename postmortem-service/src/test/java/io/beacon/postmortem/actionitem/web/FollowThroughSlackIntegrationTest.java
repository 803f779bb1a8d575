package io.beacon.postmortem.actionitem.web;

import io.beacon.contracts.IncidentSeverity;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.beacon.postmortem.actionitem.web.Api.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-through as people see it in Slack, end to end inside postmortem-service: an incident resolved on the
 * real broker drafts its postmortem and its owner (the commander) is told in a DM; an action item added over HTTP is
 * DMed to its owner, who is reminded before the due date and told at it; after the grace period the owner's manager
 * gets a DM naming the owner and the item. Deadlines are the persistent ones (db-scheduler on PostgreSQL), Slack is
 * the stand-in behind the real SDK and the durable outbox. The org file makes the whole ladder take seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=U0ALICE:responder:alice-token",
        "beacon.slack.bot-token=xoxb-follow-through",
        "beacon.postmortems.api-url=https://beacon.example/pm",
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=follow-through-slack-it"})
class FollowThroughSlackIntegrationTest {

    static final String ORG = """
            people:
              U0ALICE: { manager: U0CAROL, team: payments }
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0DIRECTOR: { team: engineering }
            follow-up:
              remind-before-due: PT3S
              grace-after-due: PT3S
              escalate-every: PT1H
              publish-within: PT72H
            priorities: { P1: PT6S, P2: P30D, P3: P90D }
            """;
    static final SlackStandIn slack = SlackStandIn.start();
    static final Incidents incidents = new Incidents();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        TestPostgres.newDatabase("follow_through_slack_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        Path org = Files.createTempFile("org", ".yml");
        Files.writeString(org, ORG);
        registry.add("beacon.org-file", org::toString);
    }

    @AfterAll
    static void close() {
        incidents.close();
        slack.close();
    }

    @Test
    void aResolvedIncidentsActionItemClimbsFromItsOwnerToTheManagersSlackDm() throws Exception {
        Api api = new Api(port);
        String service = "cart-" + UUID.randomUUID().toString().substring(0, 8);
        String postmortem = incidents.resolve(service, IncidentSeverity.SEV1, "U0ALICE", Instant.now());

        String drafted = awaitDm("U0ALICE", "is yours to write");
        assertThat(drafted).contains("`" + service + "`", "SEV1", "GET https://beacon.example/pm/api/postmortems/"
                + postmortem, "to be published by <!date^");

        var created = api.send("POST", "/api/postmortems/" + postmortem + "/action-items",
                "{\"title\":\"Add a lock timeout <!channel>\",\"owner\":\"U0ALICE\",\"priority\":\"P1\"}",
                "alice-token");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String item = text(Api.json.readTree(created.body()), "id");

        assertThat(awaitDm("U0ALICE", "You own an action item")).contains("*Add a lock timeout &lt;!channel&gt;*",
                "P1", "POST https://beacon.example/pm/api/action-items/" + item + "/completion");
        assertThat(awaitDm("U0ALICE", "Reminder")).contains("is due <!date^");
        assertThat(awaitDm("U0ALICE", ":warning:")).contains("was due", "Your manager is told");
        String escalation = awaitDm("U0CAROL", "overdue");
        assertThat(escalation).contains("<@U0ALICE>'s action item *Add a lock timeout &lt;!channel&gt;*",
                "You are told as their manager", "/api/action-items/" + item + "/deprioritisation")
                .doesNotContain("<!channel>");

        // the read model is another processor: it shows the escalation a moment after the DM was recorded
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/action-items/" + item).get("escalationLevel").asInt() == 1);
        JsonNode escalated = api.get("/api/action-items/" + item);
        assertThat(text(escalated, "escalatedTo")).isEqualTo("U0CAROL");
        // about this item only: this context also drafts postmortems for other test classes' incidents on the broker
        assertThat(dms("U0ALICE")).filteredOn(text -> text.contains("Add a lock timeout")).as("each rung once")
                .hasSize(3);
        assertThat(dms("U0DIRECTOR")).filteredOn(text -> text.contains("Add a lock timeout"))
                .as("an hour before the next manager up").isEmpty();
    }

    private static String awaitDm(String user, String containing) {
        await().atMost(Duration.ofSeconds(60)).until(() -> dms(user).stream().anyMatch(t -> t.contains(containing)));
        return dms(user).stream().filter(t -> t.contains(containing)).findFirst().orElseThrow();
    }

    private static List<String> dms(String user) {
        return slack.calls("chat.postMessage", call -> user.equals(call.param("channel"))).stream()
                .map(call -> call.param("text")).toList();
    }
}
