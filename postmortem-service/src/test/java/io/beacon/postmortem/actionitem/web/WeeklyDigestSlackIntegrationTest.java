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
import java.util.stream.StreamSupport;

import static io.beacon.postmortem.actionitem.web.Api.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The weekly manager digest on demand, end to end: an incident resolved on the real broker, a P1 action item added
 * over HTTP that falls overdue within seconds, then {@code POST /api/digests} twice with a manager's token. The
 * owner's manager (and the director above) each get exactly one digest DM listing the item; a responder may not ask.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=U0ALICE:responder:alice-token,U0CAROL:manager:carol-token",
        "beacon.slack.bot-token=xoxb-digest",
        "beacon.postmortems.api-url=https://beacon.example/pm",
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=weekly-digest-slack-it"})
class WeeklyDigestSlackIntegrationTest {

    static final String ORG = """
            people:
              U0ALICE: { manager: U0CAROL, team: payments }
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0DIRECTOR: { team: engineering }
            follow-up:
              remind-before-due: PT2S
              grace-after-due: PT1H
              escalate-every: PT1H
              publish-within: PT72H
            priorities: { P1: PT4S, P2: P30D, P3: P90D }
            """;
    static final SlackStandIn slack = SlackStandIn.start();
    static final Incidents incidents = new Incidents();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        TestPostgres.newDatabase("weekly_digest_slack_it").register(registry);
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
    void aManagerAskingTwiceGetsOneDigestListingTheirPeoplesOverdueItem() throws Exception {
        Api api = new Api(port);
        String service = "cart-" + UUID.randomUUID().toString().substring(0, 8);
        String postmortem = incidents.resolve(service, IncidentSeverity.SEV1, "U0ALICE", Instant.now());
        await().atMost(Duration.ofSeconds(60)).until(() -> api.send("GET", "/api/postmortems/" + postmortem, null,
                null).statusCode() == 200);
        var created = api.send("POST", "/api/postmortems/" + postmortem + "/action-items",
                "{\"title\":\"Add a lock timeout <!channel>\",\"owner\":\"U0ALICE\",\"priority\":\"P1\"}",
                "alice-token");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String item = text(Api.json.readTree(created.body()), "id");
        await().atMost(Duration.ofSeconds(60)).until(() -> api.ids("manager=U0CAROL&overdue=true").contains(item));

        assertThat(api.send("POST", "/api/digests", "", "alice-token").statusCode()).isEqualTo(403);
        JsonNode first = api.expect(200, "POST", "/api/digests", "", "carol-token");
        JsonNode second = api.expect(200, "POST", "/api/digests", "", "carol-token");

        assertThat(managers(first)).containsExactly("U0CAROL", "U0DIRECTOR");
        assertThat(second).as("the same keys: nothing new").isEqualTo(first);
        assertThat(first.get(0).get("overdueItems").asInt()).isEqualTo(1);
        assertThat(text(first.get(0), "key")).startsWith("digest:U0CAROL:20").matches(".*-W\\d\\d");
        await().atMost(Duration.ofSeconds(30)).until(() -> digestRows(api).size() == 2
                && digestRows(api).stream().allMatch(row -> "DELIVERED".equals(text(row, "status"))));

        List<String> carols = digests("U0CAROL");
        assertThat(carols).hasSize(1);
        assertThat(carols.getFirst()).contains("1 overdue action item among your people",
                "*Add a lock timeout &lt;!channel&gt;* (P1, *", "`" + service + "`", "<@U0ALICE>", "late (due <!date^",
                "not escalated yet").doesNotContain("<!channel>");
        assertThat(digests("U0DIRECTOR")).hasSize(1);
        assertThat(digests("U0ALICE")).as("not a manager").isEmpty();
    }

    private static List<String> managers(JsonNode digests) {
        return StreamSupport.stream(digests.spliterator(), false).map(d -> text(d, "manager")).toList();
    }

    private static List<JsonNode> digestRows(Api api) throws Exception {
        JsonNode rows = api.expect(200, "GET", "/api/admin/slack-outbox?limit=500", null, "carol-token");
        return StreamSupport.stream(rows.spliterator(), false).filter(row -> text(row, "key").startsWith("digest:"))
                .toList();
    }

    private static List<String> digests(String user) {
        return slack.calls("chat.postMessage", call -> user.equals(call.param("channel"))).stream()
                .map(call -> call.param("text")).filter(t -> t.contains("Weekly digest")).toList();
    }
}
