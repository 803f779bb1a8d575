package io.beacon.incident.it;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change incident-service's API offers, as its own OpenAPI document lists them (an endpoint added later is
 * covered without editing this test), is refused without a token and with a token nobody issued (401), and with a
 * responder's token wherever a responder may not (403), always with problem details, and changes nothing: no event,
 * no Slack message, no deadline. The path ids are of a real, open incident and each body would be accepted, so a gap
 * in the rules would show as a change. Mirrors postmortem-service's MutationsRefusedIntegrationTest. Prints what it
 * tried.
 */
class IncidentMutationsRefusedIntegrationTest extends ApiIntegrationTest {

    /** What a responder may do (incident-service/README.md's role matrix); anything else must be refused to one. */
    static final Set<String> RESPONDER_MAY = Set.of("POST /api/incidents", "POST /api/incidents/{id}/acknowledgement");
    /** A body every mutation would accept: each reads the fields it knows. */
    static final String BODY = """
            {"service":"%s","title":"Declared by nobody","severity":"SEV1","commander":"U0MALLORY","reason":"r",\
            "status":"Monitoring","summary":"s","impact":"i","nextStep":"n","nextUpdateIn":"PT30M"}""";

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMutationIsRefusedWithoutTheRightTokenAndChangesNothing() throws Exception {
        String incidentId = commander.declare("sweep-" + UUID.randomUUID().toString().substring(0, 8), "SEV2");
        responder.settledTimeline(incidentId);
        // settled in Slack too: the page, then the incident channel's creation, invite, pin and summary, all sent
        // (two incidents' messages no longer queue behind each other, so the page can be out before the channel's)
        org.awaitility.Awaitility.await().until(() -> jdbc.queryForObject(
                "select count(*) from slack_outbox where incident_id = ? and status = 'DELIVERED'", Long.class,
                incidentId) >= 5 && jdbc.queryForObject("select count(*) from slack_outbox where incident_id = ?"
                + " and status in ('PENDING', 'SENDING')", Long.class, incidentId) == 0);
        String declaredService = "sweep-declared-" + UUID.randomUUID().toString().substring(0, 8);
        String body = BODY.formatted(declaredService);
        Map<String, Long> before = counts(incidentId, declaredService);

        List<String> tried = new ArrayList<>();
        int refused = 0;
        JsonNode paths = responder.read("/v3/api-docs").get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                // Slack's endpoints take Slack's signature, not a token: SlackRequestAbuseIntegrationTest covers them
                if (Set.of("GET", "HEAD", "OPTIONS", "PARAMETERS").contains(method)
                        || !path.getKey().startsWith("/api/")) {
                    continue;
                }
                String concrete = path.getKey().replace("{id}", incidentId).replaceAll("\\{[^}]+}", "1");
                expect(401, method, concrete, body, null);
                expect(401, method, concrete, body, "not-a-token");
                refused += 2;
                String operationName = method + " " + path.getKey();
                boolean responderRefused = !RESPONDER_MAY.contains(operationName);
                if (responderRefused) {
                    expect(403, method, concrete, body, RESPONDER);
                    refused++;
                }
                tried.add(operationName + (responderRefused ? " (401, 401, 403)" : " (401, 401)"));
            }
        }
        Map<String, Long> after = counts(incidentId, declaredService);

        System.out.printf("mutations refused: %d operations tried, %d requests refused, rows changed: %s%n",
                tried.size(), refused, before.equals(after) ? "none" : before + " -> " + after);
        tried.forEach(line -> System.out.println("  " + line));
        assertThat(tried).as("the API lists its changes").hasSizeGreaterThanOrEqualTo(7)
                .anyMatch(line -> line.startsWith("POST /api/incidents (401"))
                .anyMatch(line -> line.startsWith("POST /api/incidents/{id}/resolution (401, 401, 403)"));
        assertThat(after).as("nothing changed").isEqualTo(before);
    }

    private void expect(int status, String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = method + " " + path + " with " + (token == null ? "no token" : token);
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json.readTree(response.body());
        assertThat(problem.path("type").asString()).as(what).isNotBlank();
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
    }

    /**
     * The incident's and the would-be declared service's events, incidents and Slack messages, and the deadlines
     * naming the incident: only these, because other test classes' incidents share this database.
     */
    private Map<String, Long> counts(String incidentId, String declaredService) {
        return Map.of(
                "events", count("select count(*) from domain_event_entry where aggregate_identifier in (?, ?)",
                        incidentId, "service-correlation:" + declaredService),
                "incidents", count("select count(*) from incident_summary where service = ?", declaredService),
                "slackMessages", count("select count(*) from slack_outbox where incident_id = ?", incidentId),
                "scheduledTasks", count("select count(*) from scheduled_tasks"
                        + " where convert_from(task_data, 'UTF8') like ?", "%" + incidentId + "%"));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
