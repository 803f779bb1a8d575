package io.beacon.incident.it;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to Slack's endpoints that do not come from Slack, over real HTTP: forged, replayed (timestamp more than 5
 * minutes old) and tampered requests are refused with 401 problem details; 1 MiB bodies, signed or not, announced or
 * chunked, are refused while most of the body is still unsent (so the server never buffered it). Each request would
 * acknowledge a real incident if it were let through (the last, genuinely signed one does), and none changes it.
 * Prints what it tried.
 */
class SlackRequestAbuseIntegrationTest extends ApiIntegrationTest {

    static final String SECRET = "test-signing-secret";
    static final int MIB = 1 << 20;
    /** Sent of each 1 MiB body before waiting for the answer: under 1% of it. */
    static final int SENT = 8 * 1024;
    static final List<String> ENDPOINTS = List.of("/slack/commands", "/slack/interactions");

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void forgedReplayedTamperedAndHugeRequestsAreRefusedAndChangeNothing() throws Exception {
        String incidentId = commander.declare("slack-abuse-" + UUID.randomUUID().toString().substring(0, 8), "SEV2");
        responder.settledTimeline(incidentId);
        String reference = responder.read("/api/incidents/" + incidentId).get("reference").asString();
        Map<String, String> bodies = Map.of(
                "/slack/commands", command("ack " + reference),
                "/slack/interactions", acknowledgeClick(incidentId));
        Map<String, Long> before = counts(incidentId);
        List<String> tried = new ArrayList<>();

        for (String endpoint : ENDPOINTS) {
            String body = bodies.get(endpoint);
            long now = Instant.now().getEpochSecond();
            long stale = now - Duration.ofMinutes(5).plusSeconds(30).toSeconds();
            expect401(tried, "forged (another secret)", endpoint, body, now,
                    new SlackSignature.Generator("not-the-secret").generate(String.valueOf(now), body));
            expect401(tried, "replayed (5.5 min old)", endpoint, body, stale, sign(stale, body));
            expect401(tried, "tampered (signature of another body)", endpoint, body, now,
                    sign(now, body.replace("U0MALLORY", "U0ALICE")));
            expect401(tried, "unsigned", endpoint, body, null, null);

            byte[] huge = RawHttp.filler(SENT);
            String fresh = String.valueOf(now);
            String hugeSignature = sign(now, new String(RawHttp.filler(MIB), StandardCharsets.UTF_8));
            expectEarly(tried, "1 MiB unsigned", endpoint, Map.of(), MIB, huge, 413);
            expectEarly(tried, "1 MiB signed", endpoint, Map.of("X-Slack-Request-Timestamp", fresh,
                    "X-Slack-Signature", hugeSignature), MIB, huge, 413);
            expectEarly(tried, "1 MiB unsigned, chunked", endpoint, Map.of(), -1, huge, 401);
            expectEarly(tried, "1 MiB replayed, chunked", endpoint, Map.of(
                    "X-Slack-Request-Timestamp", String.valueOf(stale), "X-Slack-Signature", hugeSignature), -1, huge,
                    401);
        }
        Map<String, Long> after = counts(incidentId);
        String status = responder.read("/api/incidents/" + incidentId).get("status").asString();

        System.out.printf("slack abuse: %d requests refused, incident %s still %s, rows changed: %s%n", tried.size(),
                reference, status, before.equals(after) ? "none" : before + " -> " + after);
        tried.forEach(line -> System.out.println("  " + line));
        assertThat(after).as("nothing changed").isEqualTo(before);
        assertThat(status).isEqualTo("TRIGGERED");

        // the same click, genuinely signed, does acknowledge: the refused ones were refused for their signature alone
        long now = Instant.now().getEpochSecond();
        String click = bodies.get("/slack/interactions");
        assertThat(post("/slack/interactions", click, now, sign(now, click)).statusCode()).isEqualTo(200);
        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(
                responder.read("/api/incidents/" + incidentId).get("status").asString()).isEqualTo("ACKNOWLEDGED"));
    }

    private void expect401(List<String> tried, String what, String endpoint, String body, Long timestamp,
                           String signature) throws Exception {
        HttpResponse<String> response = post(endpoint, body, timestamp, signature);
        assertThat(response.statusCode()).as(what + " " + endpoint + ": " + response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:beacon:problem:slack-signature");
        assertThat(problem.path("title").asString()).isNotBlank();
        tried.add(what + " " + endpoint + " -> 401");
    }

    private void expectEarly(List<String> tried, String what, String endpoint, Map<String, String> slackHeaders,
                             long announced, byte[] sent, int expected) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>(slackHeaders);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        long started = System.nanoTime();
        RawHttp.Early early = RawHttp.postPartially(port, endpoint, headers, announced, sent, 10_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(early.answered()).as(what + " " + endpoint + " answered while " + (MIB - sent.length)
                + " bytes were still unsent; got: " + early.head()).isTrue();
        assertThat(early.status()).as(what + " " + endpoint + ": " + early.body()).isEqualTo(expected);
        assertThat(early.head().toLowerCase()).contains("content-type: application/problem+json");
        tried.add(what + " " + endpoint + " -> " + early.status() + " after " + sent.length + " of " + MIB
                + " bytes sent, in " + millis + " ms");
    }

    private HttpResponse<String> post(String endpoint, String body, Long timestamp, String signature)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (timestamp != null) {
            request.header("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        }
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** This incident's events and Slack messages (acknowledging would add both). */
    private Map<String, Long> counts(String incidentId) {
        return Map.of(
                "events", jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class, incidentId),
                "slackMessages", jdbc.queryForObject("select count(*) from slack_outbox where incident_id = ?",
                        Long.class, incidentId));
    }

    private static String sign(long timestamp, String body) {
        return new SlackSignature.Generator(SECRET).generate(String.valueOf(timestamp), body);
    }

    private static String command(String text) {
        return "team_id=T0BEACON&channel_id=C0GENERAL&channel_name=general&user_id=U0MALLORY&user_name=mallory"
                + "&command=%2Fincident&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode("http://127.0.0.1:9/hooks", StandardCharsets.UTF_8)
                + "&trigger_id=t1";
    }

    private static String acknowledgeClick(String incidentId) {
        String payload = """
                {"type":"block_actions","user":{"id":"U0MALLORY","name":"mallory"},"trigger_id":"t1",\
                "response_url":"http://127.0.0.1:9/hooks","actions":[{"action_id":"incident_acknowledge",\
                "block_id":"b1","value":"%s"}]}""".formatted(incidentId);
        return "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
    }
}
