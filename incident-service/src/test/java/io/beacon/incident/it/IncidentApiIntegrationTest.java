package io.beacon.incident.it;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.beacon.incident.it.ApiClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The incident API over real HTTP with real PostgreSQL and Kafka: bearer tokens and roles, the incident lifecycle
 * through the API, problem details, list filters and figures. Slack is a stand-in nobody asserts on.
 */
class IncidentApiIntegrationTest extends ApiIntegrationTest {

    @Test
    void aDeclaredIncidentIsReadableByIdAndByReference() throws Exception {
        String service = service("declare");
        HttpResponse<String> declared = responder.post("/api/incidents",
                "{\"service\":\"" + service + "\",\"title\":\"Checkout is down\",\"severity\":\"sev2\"}");

        assertThat(declared.statusCode()).isEqualTo(201);
        String id = body(declared).get("id").asString();
        String reference = body(declared).get("reference").asString();
        assertThat(reference).matches("INC-\\d+");
        assertThat(declared.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/incidents/" + id));
        JsonNode incident = await().until(() -> anonymous.get("/api/incidents/" + id), r -> r.statusCode() == 200)
                .body().transform(ApiClient.json::readTree);
        assertThat(incident.get("service").asString()).isEqualTo(service);
        assertThat(incident.get("severity").asString()).isEqualTo("SEV2");
        assertThat(incident.get("status").asString()).isEqualTo("TRIGGERED");
        assertThat(incident.get("timeToAcknowledge").isNull()).isTrue();
        assertThat(anonymous.read("/api/incidents/" + reference).get("id").asString()).isEqualTo(id);
        assertThat(anonymous.timeline(reference)).first().isEqualTo("DECLARED by rita");
    }

    @Test
    void anAcknowledgementRecordsTheTokensSubjectNeverANameFromTheBody() throws Exception {
        String id = responder.declare(service("ack"), "SEV3");

        HttpResponse<String> ack = responder.post("/api/incidents/" + id + "/acknowledgement",
                "{\"acknowledgedBy\":\"mallory\"}");

        assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
        assertThat(body(ack).get("acknowledgedBy").asString()).isEqualTo("rita");
        assertThat(anonymous.timeline(id)).contains("ACKNOWLEDGED by rita").noneMatch(line -> line.contains("mallory"));
        await().untilAsserted(() -> {
            JsonNode incident = anonymous.read("/api/incidents/" + id);
            assertThat(incident.get("acknowledgedBy").asString()).isEqualTo("rita");
            assertThat(Duration.parse(incident.get("timeToAcknowledge").asString())).isPositive();
        });
    }

    @Test
    void aMutationWithoutOrWithAWrongTokenIs401AndChangesNothing() throws Exception {
        String service = service("unauthenticated");
        String id = responder.declare(service, "SEV3");
        List<String> before = anonymous.settledTimeline(id);

        for (ApiClient caller : List.of(anonymous, anonymous.as("not-a-token"), anonymous.as(RESPONDER + "x"))) {
            HttpResponse<String> ack = caller.post("/api/incidents/" + id + "/acknowledgement", null);
            assertThat(ack.statusCode()).isEqualTo(401);
            assertThat(ack.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
            assertProblem(ack, "urn:beacon:problem:unauthenticated");
            assertThat(caller.post("/api/incidents", "{\"service\":\"" + service("never")
                    + "\",\"title\":\"x\",\"severity\":\"SEV1\"}").statusCode()).isEqualTo(401);
        }
        assertThat(anonymous.timeline(id)).isEqualTo(before);
    }

    @Test
    void aResponderMayNotRunAnIncident() throws Exception {
        String id = responder.declare(service("forbidden"), "SEV3");
        List<String> before = anonymous.settledTimeline(id);

        List<HttpResponse<String>> refused = List.of(
                responder.put("/api/incidents/" + id + "/commander", "{\"commander\":\"rita\"}"),
                responder.put("/api/incidents/" + id + "/severity", "{\"severity\":\"SEV1\"}"),
                responder.post("/api/incidents/" + id + "/status-updates",
                        "{\"status\":\"Investigating\",\"summary\":\"Looking\"}"),
                responder.post("/api/incidents/" + id + "/resolution", null),
                responder.post("/api/incidents/" + id + "/reopening", null));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertProblem(response, "urn:beacon:problem:forbidden");
            assertThat(body(response).get("detail").asString()).contains("responder");
        });
        assertThat(anonymous.timeline(id)).isEqualTo(before);
    }

    @Test
    void aCommanderRunsTheIncidentFromDeclarationToReopening() throws Exception {
        String id = commander.declare(service("lifecycle"), "SEV3");
        String path = "/api/incidents/" + id;

        assertThat(commander.put(path + "/commander", "{\"commander\":\"dana\"}").statusCode()).isEqualTo(204);
        assertThat(commander.put(path + "/severity", "{\"severity\":\"2\",\"reason\":\"cards fail\"}").statusCode())
                .isEqualTo(204);
        assertThat(commander.post(path + "/status-updates", """
                {"status": "investigating", "summary": "Card payments fail", "impact": "10% of checkouts",
                 "nextStep": "Roll back", "nextUpdateIn": "PT20M"}""").statusCode()).isEqualTo(204);
        await().untilAsserted(() -> {
            JsonNode incident = anonymous.read(path);
            assertThat(incident.get("status").asString()).isEqualTo("INVESTIGATING");
            assertThat(incident.get("severity").asString()).isEqualTo("SEV2");
            assertThat(incident.get("commander").asString()).isEqualTo("dana");
            assertThat(Instant.parse(incident.get("nextUpdateDueAt").asString()))
                    .isAfter(Instant.now().plus(Duration.ofMinutes(19)));
        });
        assertThat(commander.post(path + "/status-updates",
                "{\"status\":\"Monitoring\",\"summary\":\"Rolled back\"}").statusCode()).isEqualTo(204);
        assertThat(commander.post(path + "/resolution", "{\"summary\":\"Rollback held\"}").statusCode())
                .isEqualTo(204);

        await().untilAsserted(() -> {
            JsonNode incident = anonymous.read(path);
            assertThat(incident.get("status").asString()).isEqualTo("RESOLVED");
            assertThat(incident.get("resolvedBy").asString()).isEqualTo("cora");
            for (String figure : List.of("timeToAcknowledge", "timeToMitigate", "timeToResolve")) {
                assertThat(Duration.parse(incident.get(figure).asString())).as(figure).isPositive();
            }
        });
        assertThat(anonymous.timeline(id)).containsSubsequence("DECLARED by cora", "COMMANDER_ASSIGNED by cora",
                "SEVERITY_CHANGED by cora", "ACKNOWLEDGED by cora", "STATUS_UPDATE by cora", "STATUS_UPDATE by cora",
                "RESOLVED by cora");

        HttpResponse<String> late = commander.post(path + "/status-updates",
                "{\"status\":\"Monitoring\",\"summary\":\"Still fine\"}");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(body(late).get("detail").asString()).contains("resolved");

        assertThat(commander.post(path + "/reopening", "{\"reason\":\"Errors are back\"}").statusCode())
                .isEqualTo(204);
        await().untilAsserted(() -> {
            JsonNode incident = anonymous.read(path);
            assertThat(incident.get("status").asString()).isEqualTo("INVESTIGATING");
            assertThat(incident.get("timeToResolve").isNull()).isTrue();
        });
        assertThat(anonymous.timeline(id)).last().isEqualTo("REOPENED by cora");
    }

    @Test
    void aSecondDeclarationForTheSameServiceIs409NamingTheOpenIncident() throws Exception {
        String service = service("twice");
        String id = responder.declare(service, "SEV2");

        HttpResponse<String> again = commander.post("/api/incidents",
                "{\"service\":\"" + service + "\",\"title\":\"Again\",\"severity\":\"SEV1\"}");

        assertThat(again.statusCode()).isEqualTo(409);
        assertProblem(again, "urn:beacon:problem:incident-already-open");
        assertThat(body(again).get("incidentId").asString()).isEqualTo(id);
    }

    @Test
    void badInputIs400ListingEveryProblemAndChangesNothing() throws Exception {
        String id = commander.declare(service("bad-input"), "SEV4");
        List<String> before = anonymous.settledTimeline(id);

        HttpResponse<String> update = commander.post("/api/incidents/" + id + "/status-updates",
                "{\"status\":\"fixed\",\"nextUpdateIn\":\"soon\"}");
        assertThat(update.statusCode()).isEqualTo(400);
        assertProblem(update, "urn:beacon:problem:invalid-request");
        assertThat(body(update).get("errors").values()).extracting(JsonNode::asString).hasSize(3)
                .anyMatch(e -> e.startsWith("status")).anyMatch(e -> e.startsWith("summary"))
                .anyMatch(e -> e.startsWith("nextUpdateIn"));

        HttpResponse<String> declare = commander.post("/api/incidents", "{\"service\":\"x\",\"severity\":\"SEV9\"}");
        assertThat(declare.statusCode()).isEqualTo(400);
        assertThat(body(declare).get("errors").values()).extracting(JsonNode::asString)
                .anyMatch(e -> e.startsWith("title")).anyMatch(e -> e.contains("SEV9"));

        for (HttpResponse<String> response : List.of(
                commander.put("/api/incidents/" + id + "/severity", "{\"severity\": "),
                commander.put("/api/incidents/" + id + "/commander", "[1, 2]"),
                commander.post("/api/incidents/" + id + "/status-updates",
                        "{\"status\":\"Identified\",\"summary\":\"x\",\"nextUpdateIn\":\"PT1S\"}"),
                anonymous.get("/api/incidents?status=broken&limit=0"))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(anonymous.timeline(id)).isEqualTo(before);
        assertThat(commander.post("/api/incidents/INC-999999/acknowledgement", null).statusCode()).isEqualTo(404);
        assertThat(commander.post("/api/incidents/" + UUID.randomUUID() + "/resolution", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theListFiltersByServiceStatusSeverityAndDeclarationTime() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String first = commander.declare(service("list-a"), "SEV1");
        String service = service("list-b");
        String second = commander.declare(service, "SEV4");
        commander.post("/api/incidents/" + second + "/resolution", null);
        await().untilAsserted(() -> assertThat(anonymous.list("?service=" + service + "&status=resolved"))
                .extracting(i -> i.get("id").asString()).containsExactly(second));

        assertThat(anonymous.list("?severity=SEV4&from=" + start)).extracting(i -> i.get("id").asString())
                .contains(second).doesNotContain(first);
        assertThat(anonymous.list("?severity=sev1&from=" + start)).extracting(i -> i.get("id").asString())
                .contains(first).doesNotContain(second);
        assertThat(anonymous.list("?service=" + service + "&status=TRIGGERED")).isEmpty();
        assertThat(anonymous.list("?from=" + Instant.now().plusSeconds(60))).isEmpty();
        assertThat(anonymous.list("?to=" + start)).extracting(i -> i.get("id").asString())
                .doesNotContain(first, second);
        assertThat(anonymous.list("?from=" + start + "&limit=1")).hasSize(1);
    }

    @Test
    void probesApiDocsAndSlackStayOutsideTheTokens() throws Exception {
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(200);
        HttpResponse<String> slackCall = anonymous.as("whatever").post("/slack/interactions", "payload=%7B%7D");
        assertThat(slackCall.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(slackCall.body()).doesNotContain("unauthenticated");
        assertThat(responder.get("/api/admin/slack-outbox").statusCode()).isEqualTo(403);
    }

    private static void assertProblem(HttpResponse<String> response, String type) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(body(response).get("type").asString()).isEqualTo(type);
    }

    private static String service(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
