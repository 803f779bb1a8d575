package io.beacon.postmortem.actionitem.web;

import io.beacon.contracts.IncidentSeverity;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change postmortem-service's API offers, as its own OpenAPI document lists them (so an endpoint added later
 * is covered without editing this test), is refused without a token (401) and, where it is a manager's call, with a
 * responder's token (403), with problem details, and changes nothing: no event, no Slack message. The path ids are
 * of a real postmortem and a real action item, and the body would be accepted, so a gap in the rules would show as
 * a change. Prints what it tried.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "beacon.api.tokens=U0ALICE:responder:alice-token",
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=mutations-refused-it"})
class MutationsRefusedIntegrationTest {

    static final Incidents incidents = new Incidents();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws Exception {
        TestPostgres.newDatabase("mutations_refused_it").register(registry);
        TestKafka.register(registry);
        Path org = Files.createTempFile("org", ".yml");
        Files.writeString(org, "people:\n  U0ALICE: { manager: U0CAROL }\n  U0CAROL: {}\n");
        registry.add("beacon.org-file", org::toString);
    }

    @AfterAll
    static void close() {
        incidents.close();
    }

    @Test
    void everyMutationIsRefusedWithoutTheRightTokenAndChangesNothing() throws Exception {
        Api api = new Api(port);
        String postmortem = incidents.resolve("refusal-" + UUID.randomUUID().toString().substring(0, 8),
                IncidentSeverity.SEV1, "U0ALICE", Instant.now());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.send("GET", "/api/postmortems/" + postmortem, null, null).statusCode() == 200);
        HttpResponse<String> created = api.send("POST", "/api/postmortems/" + postmortem + "/action-items",
                "{\"title\":\"Canary\",\"owner\":\"U0ALICE\",\"priority\":\"P2\"}", "alice-token");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String item = Api.text(Api.json.readTree(created.body()), "id");
        String body = "{\"title\":\"t\",\"owner\":\"U0ALICE\",\"priority\":\"P2\",\"summary\":\"s\",\"note\":\"n\","
                + "\"reason\":\"r\",\"riskAcceptance\":\"we accept it\",\"approvedBy\":\"U0CAROL\",\"dueAt\":\""
                + Instant.now().plus(Duration.ofDays(3)) + "\"}";
        Map<String, String> ids = Map.of("{id}", postmortem);

        // the owner's DMs (postmortem drafted, item created) are written by a processor a moment later: let it settle
        await().atMost(Duration.ofSeconds(30)).until(() -> counts(postmortem, item).get("slackMessages") >= 2);
        List<String> tried = new ArrayList<>();
        Map<String, Long> before = counts(postmortem, item);
        JsonNode paths = api.get("/v3/api-docs").get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
                    continue;
                }
                String concrete = path.getKey().startsWith("/api/action-items")
                        ? path.getKey().replace("{id}", item) : path.getKey().replace("{id}", ids.get("{id}"));
                concrete = concrete.replaceAll("\\{[^}]+}", "1");
                api.expect(401, method, concrete, body, null);
                api.expect(401, method, concrete, body, "not-a-token");
                boolean managersOnly = concrete.contains("/deprioritisation") || concrete.startsWith("/api/digests")
                        || concrete.startsWith("/api/admin/");
                if (managersOnly) {
                    api.expect(403, method, concrete, body, "alice-token");
                }
                tried.add(method + " " + path.getKey() + (managersOnly ? " (401, 403)" : " (401)"));
            }
        }
        Map<String, Long> after = counts(postmortem, item);

        System.out.printf("mutations refused: %d operations tried, %d requests refused, rows changed: %s%n",
                tried.size(), tried.stream().mapToInt(t -> t.contains("403") ? 3 : 2).sum(), diff(before, after));
        tried.forEach(t -> System.out.println("  " + t));
        assertThat(tried).as("the API lists its changes").hasSizeGreaterThanOrEqualTo(9)
                .anyMatch(t -> t.startsWith("POST /api/action-items/{id}/deprioritisation"))
                .anyMatch(t -> t.startsWith("PATCH /api/postmortems/{id}"));
        assertThat(after).as("nothing changed").isEqualTo(before);
    }

    /**
     * This postmortem's and item's events and Slack messages only: other test classes resolve incidents on the same
     * broker, which this context drafts postmortems for too. (A deadline scheduled or cancelled is always decided by
     * an event, so the events cover the deadlines.)
     */
    private Map<String, Long> counts(String postmortem, String item) {
        return Map.of(
                "events", jdbc.queryForObject("select count(*) from domain_event_entry"
                        + " where aggregate_identifier in (?, ?)", Long.class, postmortem, item),
                "slackMessages", jdbc.queryForObject("select count(*) from slack_outbox where incident_id in (?, ?)",
                        Long.class, postmortem, item));
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        return before.equals(after) ? "none" : before + " -> " + after;
    }
}
