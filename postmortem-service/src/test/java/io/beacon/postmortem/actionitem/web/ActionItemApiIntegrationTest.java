package io.beacon.postmortem.actionitem.web;

import io.beacon.contracts.IncidentSeverity;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.beacon.postmortem.actionitem.web.Api.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Action items over HTTP on a real PostgreSQL, their postmortems drafted from resolutions on the real broker: adding
 * one (201, 400 listing every problem, 404), the manager's review filters (the manager's reports transitively,
 * overdue), completion, deprioritisation (manager role, an approver who manages the owner), the figures, the
 * reliability-risk backlog, and a repeat incident's earlier postmortems with what became of their items. The org
 * file makes P1 items due in 8 seconds, so overdue is reached by waiting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=U0ALICE:responder:alice-token,U0CAROL:manager:carol-token",
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=action-items-api-it"})
class ActionItemApiIntegrationTest {

    static final String ORG = """
            people:
              U0ALICE: { manager: U0CAROL, team: payments }
              U0CAROL: { manager: U0DIRECTOR, team: payments }
              U0ERIN: { manager: U0DAVE, team: search }
              U0DAVE: { manager: U0DIRECTOR, team: search }
              U0GRACE: { manager: U0DIRECTOR, team: reliability }
              U0DIRECTOR: { team: engineering }
            follow-up:
              remind-before-due: PT2S
              grace-after-due: PT2S
              escalate-every: PT2S
              publish-within: PT72H
            priorities: { P1: PT8S, P2: P30D, P3: P90D }
            """;
    static final Incidents incidents = new Incidents();

    @LocalServerPort
    int port;
    Api api;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        TestPostgres.newDatabase("action_items_api_it").register(registry);
        TestKafka.register(registry);
        Path org = Files.createTempFile("org", ".yml");
        Files.writeString(org, ORG);
        registry.add("beacon.org-file", org::toString);
    }

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @AfterAll
    static void close() {
        incidents.close();
    }

    @Test
    void anItemIsAddedToAPostmortemWithEveryProblemListedWhenTheInputIsBad() throws Exception {
        String postmortem = drafted(incidents.resolve(service("cart"), IncidentSeverity.SEV2, "U0ALICE",
                Instant.now()));
        String body = "{\"title\":\"Add a lock timeout to migrations\",\"owner\":\"U0ALICE\",\"priority\":\"p2\","
                + "\"kind\":\"Detect\",\"trackerLink\":\"https://tracker.example/T-1\"}";

        assertThat(api.send("POST", "/api/postmortems/" + postmortem + "/action-items", body, null).statusCode())
                .isEqualTo(401);
        var created = api.send("POST", "/api/postmortems/" + postmortem + "/action-items", body, "alice-token");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode item = Api.json.readTree(created.body());
        assertThat(text(item, "id")).startsWith("ai-");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/action-items/" + text(item, "id"));
        assertThat(text(item, "team")).isEqualTo("payments");
        assertThat(text(item, "kind")).isEqualTo("DETECT");
        assertThat(text(item, "createdBy")).isEqualTo("U0ALICE");
        assertThat(Instant.parse(text(item, "dueAt"))).isAfter(Instant.now().plus(Duration.ofDays(29)));

        JsonNode problem = api.expect(400, "POST", "/api/postmortems/" + postmortem + "/action-items",
                "{\"owner\":\"U0ALICE, U0CAROL\",\"priority\":\"P9\",\"kind\":\"fix\",\"dueAt\":\"tomorrow\"}",
                "alice-token");
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(error -> errors.add(error.asString()));
        assertThat(errors).hasSize(5).anySatisfy(e -> assertThat(e).startsWith("priority must be"))
                .anySatisfy(e -> assertThat(e).startsWith("dueAt must be"))
                .anySatisfy(e -> assertThat(e).startsWith("kind must be"))
                .anySatisfy(e -> assertThat(e).startsWith("title is required"))
                .anySatisfy(e -> assertThat(e).startsWith("owner must be exactly one person"));
        api.expect(404, "POST", "/api/postmortems/postmortem-nope/action-items", body, "alice-token");
        api.expect(404, "GET", "/api/action-items/ai-nope", null, null);
        api.expect(404, "POST", "/api/action-items/ai-nope/completion", null, "alice-token");

        JsonNode paths = api.get("/v3/api-docs").get("paths");
        for (String path : List.of("/api/postmortems/{id}/action-items", "/api/action-items", "/api/action-items/{id}",
                "/api/action-items/{id}/completion", "/api/action-items/{id}/deprioritisation",
                "/api/action-items/{id}/start", "/api/action-items/{id}/reopening", "/api/action-items/risk-backlog",
                "/api/figures")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    @Test
    void aManagerReviewsTheItemsOfEveryoneUnderThemAndAcceptsARiskForOne() throws Exception {
        String payments = drafted(incidents.resolve(service("payments"), IncidentSeverity.SEV1, "U0ALICE",
                Instant.now()));
        String search = drafted(incidents.resolve(service("search"), IncidentSeverity.SEV3, "U0ERIN",
                Instant.now()));
        String urgent = create(payments, "U0ALICE", "P1");
        String alices = create(payments, "U0ALICE", "P2");
        String carols = create(payments, "U0CAROL", "P2");
        String erins = create(search, "U0ERIN", "P3");
        await().atMost(Duration.ofSeconds(30)).until(() -> api.ids("postmortem=" + payments).size() == 3
                && api.ids("postmortem=" + search).size() == 1);

        assertThat(api.ids("manager=U0CAROL")).contains(urgent, alices).doesNotContain(carols, erins);
        assertThat(api.ids("manager=U0DIRECTOR")).contains(urgent, alices, carols, erins);
        assertThat(api.ids("team=search")).contains(erins).doesNotContain(alices);
        assertThat(api.ids("owner=U0ERIN&priority=p3")).contains(erins).doesNotContain(alices);
        assertThat(api.ids("postmortem=" + payments)).as("by due date").containsExactly(urgent, alices, carols);
        JsonNode bad = api.expect(400, "GET", "/api/action-items?status=closed&overdue=maybe", null, null);
        assertThat(bad.get("errors")).hasSize(2);

        api.expect(200, "POST", "/api/action-items/" + erins + "/start", null, "alice-token");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.ids("status=in_progress").contains(erins));

        JsonNode completed = api.expect(200, "POST", "/api/action-items/" + alices + "/completion",
                "{\"note\":\"Timeout set\"}", "alice-token");
        assertThat(completed.get("onTime").asBoolean()).isTrue();
        api.expect(409, "POST", "/api/action-items/" + alices + "/completion", null, "alice-token");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.ids("status=done").contains(alices));

        String risk = "{\"riskAcceptance\":\"The old path is retired in Q1\",\"approvedBy\":\"%s\"}";
        api.expect(403, "POST", "/api/action-items/" + carols + "/deprioritisation", risk.formatted("U0DIRECTOR"),
                "alice-token");
        JsonNode notTheManager = api.expect(400, "POST", "/api/action-items/" + carols + "/deprioritisation",
                risk.formatted("U0DAVE"), "carol-token");
        assertThat(text(notTheManager, "detail")).contains("U0DAVE is not a manager of U0CAROL");
        JsonNode accepted = api.expect(200, "POST", "/api/action-items/" + carols + "/deprioritisation",
                risk.formatted("U0DIRECTOR"), "carol-token");
        assertThat(accepted.get("wontDo").asBoolean()).isTrue();
        assertThat(text(accepted, "requestedBy")).isEqualTo("U0CAROL");
        JsonNode wontDo = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/action-items/" + carols),
                item -> "WONT_DO".equals(text(item, "status")));
        assertThat(text(wontDo, "approvedBy")).isEqualTo("U0DIRECTOR");
        assertThat(text(wontDo, "riskAcceptance")).isEqualTo("The old path is retired in Q1");

        api.expect(200, "POST", "/api/action-items/" + alices + "/reopening", "{\"reason\":\"Still failing\"}",
                "alice-token");
        String later = "{\"dueAt\":\"" + Instant.now().plus(Duration.ofDays(10)) + "\"}";
        api.expect(200, "PATCH", "/api/action-items/" + alices, later, "alice-token");
        String tooLate = "{\"dueAt\":\"" + Instant.now().plus(Duration.ofDays(60)) + "\"}";
        api.expect(400, "PATCH", "/api/action-items/" + alices, tooLate, "alice-token");

        JsonNode overdue = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/action-items/" + urgent),
                item -> item.get("overdue").asBoolean() && item.get("escalationLevel").asInt() >= 1);
        assertThat(text(overdue, "escalatedTo")).isEqualTo("U0CAROL");
        assertThat(api.ids("overdue=true")).contains(urgent).doesNotContain(alices, carols, erins);
        assertThat(api.ids("overdue=true&manager=U0CAROL")).contains(urgent);
    }

    @Test
    void aRepeatIncidentShowsWhatBecameOfTheEarlierItemsAndTheRiskBacklogAndFiguresFollow() throws Exception {
        String checkout = service("checkout");
        String first = drafted(incidents.resolve(checkout, IncidentSeverity.SEV2, "U0GRACE",
                Instant.now().minus(Duration.ofDays(4))));
        String done = create(first, "U0GRACE", "P2");
        String dropped = create(first, "U0GRACE", "P2");
        String open = create(first, "U0GRACE", "P3");
        String late = create(first, "U0GRACE", "P1");
        api.expect(200, "POST", "/api/action-items/" + done + "/completion", null, "alice-token");
        api.expect(200, "POST", "/api/action-items/" + dropped + "/deprioritisation",
                "{\"riskAcceptance\":\"Covered by the new queue\",\"approvedBy\":\"U0DIRECTOR\"}", "carol-token");

        String second = drafted(incidents.resolve(checkout, IncidentSeverity.SEV2, "U0GRACE", Instant.now()));
        api.expect(200, "POST", "/api/postmortems/" + second + "/publication", "{}", "alice-token");
        String oneOff = drafted(incidents.resolve(service("ledger"), IncidentSeverity.SEV1, "U0ERIN", Instant.now()));
        String minor = drafted(incidents.resolve(service("docs"), IncidentSeverity.SEV4, "U0ERIN", Instant.now()));
        String recurring = create(second, "U0GRACE", "P3");
        String sev1 = create(oneOff, "U0ERIN", "P3");
        String sev4 = create(minor, "U0ERIN", "P3");

        JsonNode detail = await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/postmortems/" + second),
                p -> p.get("earlierPostmortems").size() == 1 && p.get("earlierPostmortems").get(0)
                        .get("actionItems").size() == 4 && fates(p).contains("OVERDUE"));
        JsonNode earlier = detail.get("earlierPostmortems").get(0);
        assertThat(text(earlier, "id")).isEqualTo(first);
        assertThat(text(earlier, "severity")).isEqualTo("SEV2");
        assertThat(text(earlier, "resolvedAt")).isNotNull();
        assertThat(fates(detail)).containsExactlyInAnyOrder("DONE", "DEPRIORITISED", "OPEN", "OVERDUE");
        for (JsonNode item : earlier.get("actionItems")) {
            String id = text(item, "id");
            if (id.equals(dropped)) {
                assertThat(text(item, "approvedBy")).isEqualTo("U0DIRECTOR");
                assertThat(text(item, "riskAcceptance")).isEqualTo("Covered by the new queue");
            } else if (id.equals(late)) {
                assertThat(item.get("daysOverdue").asLong()).isZero();
            } else if (id.equals(done)) {
                assertThat(text(item, "completedAt")).isNotNull();
            }
        }
        assertThat(api.get("/api/postmortems/" + first).get("earlierPostmortems")).isEmpty();
        assertThat(open).isNotNull();

        List<String> backlog = new ArrayList<>();
        JsonNode ranked = api.get("/api/action-items/risk-backlog");
        ranked.forEach(entry -> backlog.add(text(entry.get("item"), "id")));
        assertThat(backlog).doesNotContain(done, dropped);
        // SEV2 × 2 postmortems = 6 (overdue first), then SEV1 × 1 = 4, then SEV4 × 1 = 1
        assertThat(backlog.stream().filter(List.of(late, open, recurring, sev1, sev4)::contains))
                .containsExactly(late, open, recurring, sev1, sev4);
        JsonNode top = ranked.get(backlog.indexOf(late));
        assertThat(top.get("score").asInt()).isEqualTo(6);
        assertThat(text(top, "why")).startsWith("SEV2, " + checkout + " had 2 incidents with postmortems; overdue");

        JsonNode reliability = api.get("/api/figures").get("teams").get("reliability");
        JsonNode items = reliability.get("actionItems");
        assertThat(items.get("items").asInt()).isEqualTo(5);
        assertThat(items.get("deprioritised").asInt()).isEqualTo(1);
        assertThat(items.get("overdue").asInt()).isEqualTo(1);
        assertThat(items.get("shareCompletedOnTime").asDouble()).isEqualTo(0.5);
        JsonNode postmortems = reliability.get("postmortems");
        assertThat(postmortems.get("settled").asInt()).as("one published, one past due").isEqualTo(2);
        assertThat(postmortems.get("publishedOnTime").asInt()).isEqualTo(1);
        assertThat(postmortems.get("sharePublishedOnTime").asDouble()).isEqualTo(0.5);
    }

    private List<String> fates(JsonNode postmortem) {
        List<String> fates = new ArrayList<>();
        postmortem.get("earlierPostmortems").get(0).get("actionItems").forEach(i -> fates.add(text(i, "fate")));
        return fates;
    }

    private String create(String postmortem, String owner, String priority) throws Exception {
        JsonNode item = api.expect(201, "POST", "/api/postmortems/" + postmortem + "/action-items",
                "{\"title\":\"Follow-up for " + owner + "\",\"owner\":\"" + owner + "\",\"priority\":\"" + priority
                        + "\"}", "alice-token");
        return text(item, "id");
    }

    /** Waits until the postmortem is in the read model. */
    private String drafted(String postmortem) {
        await().atMost(Duration.ofSeconds(60)).until(
                () -> api.send("GET", "/api/postmortems/" + postmortem, null, null).statusCode() == 200);
        return postmortem;
    }

    private static String service(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
