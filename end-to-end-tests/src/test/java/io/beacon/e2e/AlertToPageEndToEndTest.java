package io.beacon.e2e;

import io.beacon.platform.launch.ServiceProcess;
import io.beacon.testkit.SlackStandIn;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation scenario through the real stack: Alertmanager's webhook → alert-gateway → Kafka →
 * incident-service (PostgreSQL event store) → a page in Slack with an Acknowledge button → the button pressed →
 * the incident acknowledged, and incident events on to postmortem-service. Each service runs as its own process
 * from its executable jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AlertToPageEndToEndTest {

    private static final String TOKEN = "e2e-gateway-token";
    private static final String SIGNING_SECRET = "e2e-signing-secret";
    private static final String API_TOKEN = "e2e-api-token";
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static SlackStandIn slack;

    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }
    private static ServiceProcess gateway;
    private static ServiceProcess incidents;
    private static ServiceProcess postmortems;

    @BeforeAll
    static void startPlatform() {
        slack = SlackStandIn.start().withUser("alice@example.com", "U0ALICE");
        String kafka = TestKafka.bootstrapServers();
        TestPostgres.Database incidentDb = TestPostgres.newDatabase("e2e_incident");
        TestPostgres.Database postmortemDb = TestPostgres.newDatabase("e2e_postmortem");
        gateway = E2eServices.start("alert-gateway", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "ALERT_GATEWAY_TOKEN", "old-token," + TOKEN));
        incidents = E2eServices.start("incident-service", Map.ofEntries(
                Map.entry("KAFKA_BOOTSTRAP_SERVERS", kafka),
                Map.entry("DATABASE_URL", incidentDb.jdbcUrl()),
                Map.entry("DATABASE_USER", incidentDb.username()),
                Map.entry("DATABASE_PASSWORD", incidentDb.password()),
                Map.entry("SLACK_API_URL", slack.apiUrl()),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-e2e"),
                Map.entry("SLACK_SIGNING_SECRET", SIGNING_SECRET),
                Map.entry("BEACON_ONCALL_FILE", "file:" + E2eServices.resource("e2e-oncall.yml").getAbsolutePath()),
                Map.entry("BEACON_STATUS_MIN_INTERVAL", "PT3S"),
                Map.entry("BEACON_STATUS_CADENCE", "PT4S"),
                Map.entry("BEACON_API_TOKENS", "ic:commander:" + API_TOKEN)));
        postmortems = E2eServices.start("postmortem-service", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka,
                "DATABASE_URL", postmortemDb.jdbcUrl(),
                "DATABASE_USER", postmortemDb.username(),
                "DATABASE_PASSWORD", postmortemDb.password()));
        for (ServiceProcess service : List.of(gateway, incidents, postmortems)) {
            service.awaitReady(Duration.ofSeconds(150));
        }
    }

    @AfterAll
    static void stopPlatform() {
        for (ServiceProcess service : new ServiceProcess[]{gateway, incidents, postmortems}) {
            if (service != null) {
                service.close();
            }
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    @Order(1)
    void aFiringSloAlertOpensOneIncidentAndPagesOnCallWithAnAcknowledgeButton() throws Exception {
        String payload = Files.readString(Path.of(E2eServices.resource("sloth-page-firing.json").toURI()));
        assertThat(postWebhook(payload, TOKEN).statusCode()).isEqualTo(202);

        JsonNode incident = awaitIncidents("checkout-api", 1).get(0);
        assertThat(incident.get("status").asString()).isEqualTo("TRIGGERED");
        assertThat(incident.get("severity").asString()).isEqualTo("SEV1");
        assertThat(incident.get("reference").asString()).matches("INC-\\d+");
        assertThat(incident.get("title").asString()).contains("High error budget burn for checkout-api");
        assertThat(incident.get("declaredAt").isNull()).isFalse();

        await().untilAsserted(() -> assertThat(pages(incident.get("id").asString(), 1)).hasSize(1));
        SlackStandIn.Call page = pages(incident.get("id").asString(), 1).get(0);
        assertThat(page.param("channel")).isEqualTo("C0PAYMENTS");
        String blocks = page.blocksJson();
        assertThat(blocks)
                .contains("<@U0ALICE>")
                .contains("requests-availability")
                .contains("14.4")
                .contains("1h")
                .contains("https://runbooks.example.com/checkout-api/error-budget")
                .contains("incident_acknowledge")
                .contains(incident.get("id").asString());
        assertThat(page.mrkdwnTexts()).isNotEmpty().noneMatch(text -> text.contains("<!channel>"));
    }

    @Test
    @Order(2)
    void resendsRetriesAndOtherAlertsOfTheServiceNeverOpenASecondIncident() throws Exception {
        String payload = Files.readString(Path.of(E2eServices.resource("sloth-page-firing.json").toURI()));
        assertThat(postWebhook(payload, TOKEN).statusCode()).isEqualTo(202);
        assertThat(postWebhook(payload, "old-token").statusCode()).isEqualTo(202);
        String latency = payload.replace("4f9c0a1b2c3d4e5f", "0a0b0c0d0e0f1011")
                .replace("requests-availability", "requests-latency");
        assertThat(postWebhook(latency, TOKEN).statusCode()).isEqualTo(202);

        await().untilAsserted(() -> {
            List<JsonNode> open = incidents("checkout-api");
            assertThat(open).hasSize(1);
            assertThat(open.get(0).get("signalCount").asInt()).isEqualTo(2);
        });
        assertThat(pages(incidents("checkout-api").get(0).get("id").asString(), 1)).hasSize(1);
    }

    @Test
    @Order(3)
    void anotherServiceGetsItsOwnIncident() throws Exception {
        String payload = Files.readString(Path.of(E2eServices.resource("sloth-page-firing.json").toURI()))
                .replace("checkout-api", "search-api").replace("4f9c0a1b2c3d4e5f", "1234123412341234");
        assertThat(postWebhook(payload, TOKEN).statusCode()).isEqualTo(202);

        awaitIncidents("search-api", 1);
        String searchId = incidents("search-api").get(0).get("id").asString();
        await().untilAsserted(() -> assertThat(pages(searchId, 1)).singleElement()
                .satisfies(page -> assertThat(page.param("channel")).isEqualTo("C0SRE")));
        assertThat(incidents("checkout-api")).hasSize(1);
    }

    @Test
    @Order(4)
    void pressingAcknowledgeInSlackAcknowledgesTheIncidentAndUpdatesThePage() throws Exception {
        String incidentId = incidents("checkout-api").get(0).get("id").asString();
        String interaction = json.writeValueAsString(Map.of(
                "type", "block_actions",
                "user", Map.of("id", "U0ALICE", "name", "alice"),
                "channel", Map.of("id", "C0PAYMENTS"),
                "actions", List.of(Map.of("action_id", "incident_acknowledge", "value", incidentId,
                        "block_id", "actions", "type", "button"))));
        HttpResponse<String> response = slackRequest("/slack/interactions",
                "payload=" + URLEncoder.encode(interaction, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);

        await().untilAsserted(() -> {
            JsonNode incident = get(incidents.url("/api/incidents/" + incidentId));
            assertThat(incident.get("status").asString()).isEqualTo("ACKNOWLEDGED");
            assertThat(incident.get("acknowledgedBy").asString()).contains("U0ALICE");
        });
        await().untilAsserted(() -> assertThat(slack.calls("chat.update")).anySatisfy(update ->
                assertThat(update.blocksJson()).doesNotContain("incident_acknowledge").contains("U0ALICE")));
    }

    @Test
    @Order(5)
    void postmortemServiceHearsOfTheIncidentThroughKafka() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<String> services = new ArrayList<>();
            get(postmortems.url("/api/incidents")).forEach(i -> services.add(i.get("service").asString()));
            assertThat(services).contains("checkout-api", "search-api");
        });
    }

    @Test
    @Order(6)
    void unauthenticatedAlertsAreRejectedAndOpenNothing() throws Exception {
        String payload = Files.readString(Path.of(E2eServices.resource("sloth-page-firing.json").toURI()))
                .replace("checkout-api", "billing-api");
        HttpResponse<String> response = postWebhook(payload, "wrong-token");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // the gateway answers only after Kafka acknowledged what it publishes, so everything it published for this
        // request is below the topic's end offsets now: nothing there, nothing can open an incident later
        assertThat(AlertSignalsTopic.keysUpToNow(TestKafka.bootstrapServers())).doesNotContain("billing-api")
                .contains("checkout-api");
        assertThat(incidents("billing-api")).isEmpty();
    }

    @Test
    @Order(7)
    void aMissingTokenIsTheSameProblemAtEveryService() throws Exception {
        JsonNode gatewayProblem = json.readTree(postWebhook("{}", "wrong-token").body());
        JsonNode incidentProblem = json.readTree(postWithoutToken(incidents.url("/api/incidents")).body());
        JsonNode postmortemProblem = json.readTree(
                postWithoutToken(postmortems.url("/api/action-items/some-item/start")).body());
        // one problem type, one title (RFC 9457 §3.1.3): a client or an on-call engineer reading a 401 from any
        // service sees the same thing; the detail says what was wrong with this request
        for (JsonNode problem : List.of(gatewayProblem, incidentProblem, postmortemProblem)) {
            assertThat(problem.path("status").asInt()).isEqualTo(401);
            assertThat(problem.path("type").asString()).isEqualTo(gatewayProblem.path("type").asString());
            assertThat(problem.path("title").asString()).isEqualTo(gatewayProblem.path("title").asString());
            assertThat(problem.path("detail").asString()).isNotBlank();
        }
    }

    /**
     * The same path with a real Prometheus Alertmanager in front, when one is installed (Debian's
     * prometheus-alertmanager, or ALERTMANAGER_BIN): its own grouping, bearer credentials and retries.
     */
    @Test
    @Order(8)
    void aRealAlertmanagerDeliversToTheGatewayAndOpensOneIncident() throws Exception {
        Path binary = RealAlertmanager.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(binary != null,
                "no Alertmanager binary (install prometheus-alertmanager or set ALERTMANAGER_BIN)");
        try (RealAlertmanager alertmanager = RealAlertmanager.start(binary,
                gateway.url("/webhooks/alertmanager"), TOKEN)) {
            alertmanager.fire("InventoryErrorBudgetBurn", Map.of("service", "inventory-api",
                    "sloth_service", "inventory-api", "sloth_slo", "requests-availability", "sloth_severity", "page"),
                    "Inventory error budget burning");
            alertmanager.fire("InventoryLatencyBudgetBurn", Map.of("service", "inventory-api",
                    "sloth_severity", "page"), "Inventory latency budget burning");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                List<JsonNode> open = incidents("inventory-api");
                assertThat(open).hasSize(1);
                assertThat(open.get(0).get("signalCount").asInt()).isEqualTo(2);
            });
        }
    }

    /**
     * The incident commander's day, through Slack only: nobody answers the page, so the team lead is paged (level 2);
     * the lead acknowledges with the button, posts an update with /incident status in the incident channel, misses the
     * next one and is nudged, resolves with /incident resolve; the service's next alert opens a new incident and
     * pages again.
     */
    @Test
    @Order(9)
    void fromPageToResolveThroughSlackWithAnEscalationAndAMissedUpdate() throws Exception {
        String payload = Files.readString(Path.of(E2eServices.resource("sloth-page-firing.json").toURI()))
                .replace("checkout-api", "orders-api").replace("4f9c0a1b2c3d4e5f", "5555666677778888");
        assertThat(postWebhook(payload, TOKEN).statusCode()).isEqualTo(202);
        JsonNode incident = awaitIncidents("orders-api", 1).get(0);
        String id = incident.get("id").asString();
        String reference = incident.get("reference").asString();
        String number = reference.substring("INC-".length());

        await().untilAsserted(() -> assertThat(pages(id, 1)).hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pages(id, 2)).singleElement()
                .satisfies(page -> assertThat(page.param("text")).startsWith("<@U0LEAD> " + reference)));
        assertThat(timelineKinds(id)).contains("DECLARED", "PAGED", "ESCALATED");
        await().untilAsserted(() -> assertThat(slack.channels()).containsKey("inc-" + number + "-orders-api"));

        String click = json.writeValueAsString(Map.of("type", "block_actions",
                "user", Map.of("id", "U0LEAD", "name", "lead"), "channel", Map.of("id", "C0PAYMENTS"),
                "actions", List.of(Map.of("action_id", "incident_acknowledge", "value", id,
                        "block_id", "actions", "type", "button"))));
        assertThat(slackRequest("/slack/interactions", "payload=" + URLEncoder.encode(click, StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(get(incidents.url("/api/incidents/" + reference))
                .get("status").asString()).isEqualTo("ACKNOWLEDGED"));

        HttpResponse<String> status = slashCommand("status identified Bad deploy at 14:02, rolling back",
                "inc-" + number + "-orders-api");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).doesNotContain("Exception");
        await().untilAsserted(() -> {
            JsonNode now = get(incidents.url("/api/incidents/" + id));
            assertThat(now.get("status").asString()).isEqualTo("IDENTIFIED");
            assertThat(now.get("commander").asString()).isEqualTo("U0LEAD");
        });
        await().untilAsserted(() -> assertThat(slack.calls("chat.postMessage",
                call -> "C0STATUS".equals(call.param("channel")) && call.param("text").contains(reference)))
                .isNotEmpty());
        // the update promised the next one in 4 s (BEACON_STATUS_CADENCE); none comes: the commander is nudged
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(timelineKinds(id)).contains("UPDATE_OVERDUE"));

        HttpResponse<String> resolve = slashCommand("resolve " + reference + " Rolled back; errors gone", "general");
        assertThat(resolve.statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(get(incidents.url("/api/incidents/" + id)).get("status").asString())
                .isEqualTo("RESOLVED"));
        assertThat(timelineKinds(id)).contains("ACKNOWLEDGED", "STATUS_UPDATE", "RESOLVED");

        String again = payload.replace("2026-11-22T03:00:00.000Z", "2026-11-23T03:00:00.000Z");
        assertThat(postWebhook(again, TOKEN).statusCode()).isEqualTo(202);
        List<JsonNode> both = awaitIncidents("orders-api", 2);
        String newId = both.stream().map(i -> i.get("id").asString()).filter(i -> !i.equals(id)).findFirst()
                .orElseThrow();
        await().untilAsserted(() -> assertThat(pages(newId, 1)).hasSize(1));
    }

    private static List<SlackStandIn.Call> pages(String incidentId, int step) {
        return slack.calls("chat.postMessage", call -> call.metadata() != null
                && call.metadata().toString().contains("page:" + incidentId + ":" + step + "\""));
    }

    private static List<String> timelineKinds(String id) throws Exception {
        List<String> kinds = new ArrayList<>();
        get(incidents.url("/api/incidents/" + id + "/timeline")).forEach(e -> kinds.add(e.get("kind").asString()));
        return kinds;
    }

    private static HttpResponse<String> slashCommand(String text, String channelName) throws Exception {
        String body = form(Map.of("command", "/incident", "text", text, "user_id", "U0LEAD", "user_name", "lead",
                "team_id", "T0E2E", "channel_id", "C0SOMEWHERE", "channel_name", channelName,
                "response_url", slack.apiUrl() + "respond/e2e", "trigger_id", "1.2.3"));
        return slackRequest("/slack/commands", body);
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static HttpResponse<String> slackRequest(String path, String body) throws Exception {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return http.send(HttpRequest.newBuilder(URI.create(incidents.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postWebhook(String payload, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gateway.url("/webhooks/alertmanager")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postWithoutToken(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> awaitIncidents(String service, int count) throws Exception {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(incidents(service)).hasSize(count));
        return incidents(service);
    }

    private static List<JsonNode> incidents(String service) throws Exception {
        List<JsonNode> result = new ArrayList<>();
        get(incidents.url("/api/incidents?service=" + service)).forEach(result::add);
        return result;
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static String sign(String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
        return "v0=" + HexFormat.of().formatHex(digest);
    }
}
