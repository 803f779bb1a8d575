package io.beacon.incident.web.slack;

import io.beacon.testkit.SlackStandIn;
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
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Running an incident from Slack over real HTTP, with real PostgreSQL and Kafka and the Slack stand-in: signed
 * {@code /incident} commands, the status-update form, buttons, and requests that are not Slack's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackCommandsIntegrationTest {

    static final String SECRET = "slack-commands-it-secret";
    static final SlackStandIn slack = SlackStandIn.start();
    static final JsonMapper json = JsonMapper.builder().build();

    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @LocalServerPort
    int port;
    SlackRequests requests;
    String service;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_slack_commands").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.slack.api-url", slack::apiUrl);
        registry.add("beacon.slack.bot-token", () -> "xoxb-test-token");
        registry.add("beacon.slack.signing-secret", () -> SECRET);
        registry.add("beacon.oncall.file", () -> "classpath:it-oncall.yml");
    }

    @AfterAll
    static void stopSlack() {
        slack.close();
    }

    @BeforeEach
    void setUp() {
        requests = new SlackRequests("http://127.0.0.1:" + port, SECRET);
        service = "slack-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSignedDeclareOpensAnIncidentDeclaredByTheSlackUser() throws Exception {
        JsonNode answer = command("declare " + service + " sev2 Checkout <!channel> fails", "general", "U0ALICE");

        assertThat(answer.get("response_type").asString()).isEqualTo("in_channel");
        assertThat(answer.get("text").asString()).contains("<@U0ALICE> declared a *SEV2* incident")
                .contains(service).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        JsonNode incident = awaitIncident();
        assertThat(incident.get("severity").asString()).isEqualTo("SEV2");
        assertThat(incident.get("title").asString()).isEqualTo("Checkout <!channel> fails");
        assertThat(timeline(incident.get("id").asString()).get(0).get("actor").asString()).isEqualTo("U0ALICE");

        JsonNode again = command("declare " + service + " sev1 Still broken", "general", "U0BOB");
        assertThat(again.get("response_type").asString()).isEqualTo("ephemeral");
        assertThat(again.get("text").asString()).contains("already has an open incident")
                .contains(incident.get("reference").asString());
        assertThat(incidents()).hasSize(1);
    }

    @Test
    void acknowledgeByCommandNamesTheIncidentInText() throws Exception {
        JsonNode incident = declared();

        JsonNode answer = command("ack " + incident.get("reference").asString(), "general", "U0BOB");

        assertThat(answer.get("text").asString()).contains("<@U0BOB> acknowledged");
        await().untilAsserted(() -> {
            JsonNode now = awaitIncident();
            assertThat(now.get("status").asString()).isEqualTo("ACKNOWLEDGED");
            assertThat(now.get("acknowledgedBy").asString()).isEqualTo("U0BOB");
        });
    }

    @Test
    void aStatusTypedInTheIncidentChannelShowsOnItsTimeline() throws Exception {
        JsonNode incident = declared();
        String channel = incident.get("reference").asString().toLowerCase() + "-" + service;

        JsonNode answer = command("status identified Bad deploy <b>4711</b>, rolling back", channel, "U0CAROL");

        assertThat(answer.get("text").asString()).contains("*Identified*")
                .contains("Bad deploy &lt;b&gt;4711&lt;/b&gt;");
        List<JsonNode> timeline = timeline(incident.get("id").asString());
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.get("kind").asString()).isEqualTo("STATUS_UPDATE");
            assertThat(entry.get("detail").asString()).isEqualTo("Identified: Bad deploy <b>4711</b>, rolling back");
            assertThat(entry.get("actor").asString()).isEqualTo("U0CAROL");
        });
    }

    @Test
    void updateOpensTheFormAndItsSubmissionPostsTheUpdate() throws Exception {
        JsonNode incident = declared();
        String id = incident.get("id").asString();
        slack.reset();

        HttpResponse<String> opened = requests.signed("/slack/commands", SlackRequests.form(SlackRequests.command(
                "update " + incident.get("reference").asString(), "general", "U0DAVE", responseUrl())));

        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(slack.calls("views.open")).singleElement().satisfies(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer xoxb-test-token");
            assertThat(call.param("trigger_id")).startsWith("trigger-");
            JsonNode view = json.readTree(call.param("view"));
            assertThat(view.get("private_metadata").asString()).isEqualTo(id);
            assertThat(view.get("callback_id").asString()).isEqualTo(SlackActionIds.STATUS_UPDATE_CALLBACK_ID);
            assertThat(view.toString()).contains("PT30M").contains("\"Investigating\"");
        });

        JsonNode refused = submit(id, "MONITORING", " ", "PT15M");
        assertThat(refused.get("response_action").asString()).isEqualTo("errors");
        assertThat(refused.get("errors").has(StatusUpdateModal.SUMMARY)).isTrue();

        JsonNode posted = submit(id, "MONITORING", "Error rate back to normal", "PT15M");
        assertThat(posted.get("response_action").asString()).isEqualTo("clear");
        assertThat(timeline(id)).anySatisfy(entry -> {
            assertThat(entry.get("detail").asString()).isEqualTo("Monitoring: Error rate back to normal");
            assertThat(entry.get("actor").asString()).isEqualTo("U0DAVE");
        });
        await().untilAsserted(() -> assertThat(awaitIncident().get("status").asString()).isEqualTo("MONITORING"));
    }

    @Test
    void theResolveButtonResolvesAndTellsTheClicker() throws Exception {
        String id = declared().get("id").asString();
        String responseUrl = responseUrl();
        String payload = """
                {"type":"block_actions","user":{"id":"U0ERIN"},"trigger_id":"t-1","response_url":"%s",
                 "actions":[{"action_id":"%s","block_id":"incident_actions","value":"%s","type":"button"}]}
                """.formatted(responseUrl, SlackActionIds.RESOLVE, id);

        HttpResponse<String> response = requests.signed("/slack/interactions", SlackRequests.interaction(payload));

        assertThat(response.statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(awaitIncident().get("status").asString()).isEqualTo("RESOLVED"));
        assertThat(awaitIncident().get("resolvedBy").asString()).isEqualTo("U0ERIN");
        String method = responseUrl.substring(slack.apiUrl().length());
        await().untilAsserted(() -> assertThat(slack.calls(method)).singleElement().satisfies(reply -> {
            assertThat(reply.param("response_type")).isEqualTo("ephemeral");
            assertThat(reply.param("text")).contains("<@U0ERIN> resolved");
        }));
    }

    @Test
    void requestsNotSignedBySlackAreRefusedAndChangeNothing() throws Exception {
        String body = SlackRequests.form(SlackRequests.command("declare " + service + " sev1 Forged", "general",
                "U0MALLORY", responseUrl()));
        long now = Instant.now().getEpochSecond();
        long sixMinutesAgo = now - 360;

        List<HttpResponse<String>> refused = List.of(
                requests.post("/slack/commands", body, String.valueOf(now), SlackSignatures.sign("guessed", now, body)),
                requests.post("/slack/commands", body, String.valueOf(sixMinutesAgo),
                        SlackSignatures.sign(SECRET, sixMinutesAgo, body)),
                requests.post("/slack/commands", body.replace("Forged", "Tampered"), String.valueOf(now),
                        SlackSignatures.sign(SECRET, now, body)),
                requests.post("/slack/commands", body, null, null));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
        });
        assertThat(incidents()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedAsTooLarge() throws Exception {
        String body = SlackRequests.form(SlackRequests.command("declare " + service + " sev1 "
                + "x".repeat(SlackCommandsController.MAX_BODY_BYTES), "general", "U0ALICE", responseUrl()));

        assertThat(requests.signed("/slack/commands", body).statusCode()).isEqualTo(413);
        assertThat(incidents()).isEmpty();
    }

    @Test
    void anUnknownSubCommandGetsHelpOnlyTheTyperSees() throws Exception {
        JsonNode answer = command("escalate <!here> now", "general", "U0ALICE");

        assertThat(answer.get("response_type").asString()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asString()).contains("I don't know the command 'escalate'")
                .contains("/incident help");
    }

    private JsonNode submit(String incidentId, String status, String summary, String nextUpdate) throws Exception {
        String payload = """
                {"type":"view_submission","user":{"id":"U0DAVE"},"view":{"callback_id":"%s","private_metadata":"%s",
                 "state":{"values":{
                  "status":{"status":{"type":"static_select","selected_option":{"value":"%s"}}},
                  "summary":{"summary":{"type":"plain_text_input","value":"%s"}},
                  "impact":{"impact":{"type":"plain_text_input","value":null}},
                  "next_step":{"next_step":{"type":"plain_text_input","value":"watch the dashboards"}},
                  "next_update":{"next_update":{"type":"static_select","selected_option":{"value":"%s"}}}}}}}
                """.formatted(SlackActionIds.STATUS_UPDATE_CALLBACK_ID, incidentId, status, summary, nextUpdate);
        HttpResponse<String> response = requests.signed("/slack/interactions", SlackRequests.interaction(payload));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode command(String text, String channelName, String user) throws Exception {
        HttpResponse<String> response = requests.signed("/slack/commands",
                SlackRequests.form(SlackRequests.command(text, channelName, user, responseUrl())));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode declared() throws Exception {
        command("declare " + service + " sev3 Slow pages", "general", "U0ALICE");
        return awaitIncident();
    }

    private String responseUrl() {
        return slack.apiUrl() + "respond/" + UUID.randomUUID();
    }

    private JsonNode awaitIncident() throws Exception {
        await().untilAsserted(() -> assertThat(incidents()).hasSize(1));
        return incidents().get(0);
    }

    private List<JsonNode> incidents() throws Exception {
        List<JsonNode> result = new ArrayList<>();
        get("/api/incidents?service=" + service).forEach(result::add);
        return result;
    }

    private List<JsonNode> timeline(String id) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        get("/api/incidents/" + id + "/timeline").forEach(result::add);
        return result;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = requests.get(path);
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
