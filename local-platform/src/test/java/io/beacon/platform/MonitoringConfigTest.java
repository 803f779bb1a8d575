package io.beacon.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.beacon.platform.Repo.composeService;
import static io.beacon.platform.Repo.environment;
import static org.assertj.core.api.Assertions.assertThat;

/** Prometheus rules -> Alertmanager -> alert-gateway: the path of an SLO breach into Beacon. */
class MonitoringConfigTest {

    private static final String SERVICE = "checkout-api";

    // ---------------------------------------------------------------------------- Alertmanager

    @Test
    void alertmanagerSendsEveryAlertToTheGatewayWebhook() {
        JsonNode am = Repo.yaml(Repo.ALERTMANAGER);
        String receiver = am.path("route").path("receiver").asString();
        JsonNode webhook = beaconWebhook(am, receiver);

        URI url = URI.create(webhook.path("url").asString());
        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getHost()).as("webhook host must be the gateway's compose service").isEqualTo("alert-gateway");
        assertThat(url.getPort()).as("webhook port must be the gateway's SERVER_PORT")
                .isEqualTo(8081)
                .isEqualTo(Integer.parseInt(environment(composeService("alert-gateway")).get("SERVER_PORT")));
        assertThat(url.getPath()).isEqualTo("/webhooks/alertmanager");
        assertThat(webhook.path("send_resolved").asBoolean(true)).as("resolved alerts go to the timeline").isTrue();
        assertThat(webhook.path("max_alerts").asInt(0)).as("max_alerts").isPositive();
        assertThat(Repo.dependsOn(composeService("alertmanager"))).contains("alert-gateway");
    }

    @Test
    void alertmanagerAuthenticatesWithAGatewayToken() {
        JsonNode am = Repo.yaml(Repo.ALERTMANAGER);
        JsonNode auth = beaconWebhook(am, am.path("route").path("receiver").asString())
                .path("http_config").path("authorization");
        assertThat(auth.path("type").asString("Bearer")).isEqualToIgnoringCase("Bearer");
        List<String> gatewayTokens = Arrays.stream(
                        environment(composeService("alert-gateway")).get("ALERT_GATEWAY_TOKEN").split(","))
                .map(String::trim).toList();
        assertThat(auth.path("credentials").asString(null))
                .as("http_config.authorization.credentials must be one of compose's ALERT_GATEWAY_TOKEN")
                .isNotBlank()
                .isIn(gatewayTokens);
    }

    @Test
    void alertmanagerGroupsByAlertAndServiceOnTheDocumentedTimers() {
        JsonNode route = Repo.yaml(Repo.ALERTMANAGER).path("route");
        assertThat(Repo.strings(route.path("group_by"))).containsExactlyInAnyOrder("alertname", "service");
        assertThat(route.path("group_wait").asString()).isEqualTo("30s");
        assertThat(route.path("group_interval").asString()).isEqualTo("5m");
        assertThat(route.path("repeat_interval").asString()).isEqualTo("4h");
    }

    @Test
    void composeMountsTheAlertmanagerConfig() {
        assertThat(Repo.strings(composeService("alertmanager").path("volumes")))
                .contains("./deploy/alertmanager/alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro");
        assertThat(Repo.strings(composeService("alertmanager").path("command")))
                .contains("--config.file=/etc/alertmanager/alertmanager.yml");
    }

    private static JsonNode beaconWebhook(JsonNode am, String receiver) {
        assertThat(receiver).as("route.receiver").isNotBlank();
        for (JsonNode r : am.path("receivers")) {
            if (receiver.equals(r.path("name").asString())) {
                JsonNode hooks = r.path("webhook_configs");
                assertThat(hooks.size()).as("webhook_configs of receiver %s", receiver).isEqualTo(1);
                return hooks.get(0);
            }
        }
        throw new AssertionError("route.receiver " + receiver + " is not among receivers");
    }

    // ------------------------------------------------------------------------------ Prometheus

    @Test
    void prometheusAlertsTheComposeAlertmanagerAndLoadsTheMountedRules() {
        JsonNode prom = Repo.yaml(Repo.PROMETHEUS);
        List<String> targets = new ArrayList<>();
        prom.path("alerting").path("alertmanagers")
                .forEach(a -> a.path("static_configs").forEach(s -> targets.addAll(Repo.strings(s.path("targets")))));
        assertThat(targets).containsExactly("alertmanager:9093");
        assertThat(Repo.strings(composeService("alertmanager").path("ports"))).contains("9093:9093");

        List<String> ruleFiles = Repo.strings(prom.path("rule_files"));
        assertThat(ruleFiles).contains("/etc/prometheus/rules/*.yml");
        List<String> volumes = Repo.strings(composeService("prometheus").path("volumes"));
        assertThat(volumes).contains("./deploy/prometheus/rules:/etc/prometheus/rules:ro",
                "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro");
        assertThat(Repo.SLO_RULES.getFileName().toString()).endsWith(".yml");
    }

    @Test
    void sloAlertsCarrySlothLabelsForCheckoutApi() {
        List<JsonNode> alerts = rules("alert");
        assertThat(alerts).isNotEmpty();
        Set<String> severities = new TreeSet<>();
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asString();
            JsonNode labels = alert.path("labels");
            assertThat(labels.path("service").asString(null)).as("service label of %s", name).isEqualTo(SERVICE);
            assertThat(labels.path("sloth_service").asString(null)).as("sloth_service of %s", name).isEqualTo(SERVICE);
            assertThat(labels.path("sloth_slo").asString(null)).as("sloth_slo of %s", name).isNotBlank();
            assertThat(labels.path("sloth_id").asString(null)).as("sloth_id of %s", name).isNotBlank();
            assertThat(labels.path("sloth_severity").asString(null)).as("sloth_severity of %s", name)
                    .isIn("page", "ticket");
            severities.add(labels.path("sloth_severity").asString());
            assertThat(alert.path("annotations").path("summary").asString(null)).as("summary of %s", name).isNotBlank();
            assertThat(alert.path("annotations").path("runbook_url").asString(null)).as("runbook_url of %s", name)
                    .startsWith("https://");
        }
        assertThat(severities).containsExactly("page", "ticket");
    }

    @Test
    void pageAndTicketUseTheMultiwindowMultiBurnRates() {
        String page = alertExpr("page");
        assertThat(burns(page)).containsExactlyInAnyOrder(
                "14.4@5m", "14.4@1h", "6@30m", "6@6h");
        String ticket = alertExpr("ticket");
        assertThat(burns(ticket)).containsExactlyInAnyOrder("1@6h", "1@3d");
    }

    @Test
    void everyRecordingAnAlertReadsIsDefined() {
        Set<String> recorded = new TreeSet<>();
        rules("record").forEach(r -> recorded.add(r.path("record").asString()));
        Matcher m = Pattern.compile("slo:[a-z_]+:[a-z_0-9]+").matcher(
                String.join("\n", rules("alert").stream().map(a -> a.path("expr").asString()).toList()));
        while (m.find()) {
            assertThat(recorded).as("recording rule %s", m.group()).contains(m.group());
        }
        for (JsonNode r : rules("record")) {
            if (r.path("record").asString().startsWith("slo:sli_error:ratio_rate")) {
                assertThat(r.path("labels").path("sloth_service").asString()).isEqualTo(SERVICE);
                assertThat("slo:sli_error:ratio_rate" + r.path("labels").path("sloth_window").asString())
                        .isEqualTo(r.path("record").asString());
            }
        }
    }

    @Test
    void theExampleWebhookIsWhatAlertmanagerWouldSendForThePageAlert() {
        JsonNode example = Repo.json(Repo.EXAMPLE_WEBHOOK);
        assertThat(example.path("version").asString()).isEqualTo("4");
        JsonNode page = rules("alert").stream()
                .filter(a -> "page".equals(a.path("labels").path("sloth_severity").asString()))
                .findFirst().orElseThrow();
        JsonNode labels = example.path("alerts").get(0).path("labels");
        assertThat(labels.path("alertname").asString()).isEqualTo(page.path("alert").asString());
        for (Map.Entry<String, JsonNode> label : page.path("labels").properties()) {
            assertThat(labels.path(label.getKey()).asString(null)).as("label %s", label.getKey())
                    .isEqualTo(label.getValue().asString());
        }
        assertThat(example.path("groupLabels").propertyNames()).containsExactlyInAnyOrder("alertname", "service");
        assertThat(example.path("alerts").get(0).path("fingerprint").asString()).matches("[0-9a-f]{16}");
    }

    /** "factor@window" for every `slo:sli_error:ratio_rate<window>{...} > (factor * budget)` in an expression. */
    private static List<String> burns(String expr) {
        Matcher m = Pattern.compile("slo:sli_error:ratio_rate(\\w+)\\{[^}]*}\\s*>\\s*\\(\\s*([0-9.]+)\\s*\\*\\s*0\\.001\\s*\\)")
                .matcher(expr);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(2) + "@" + m.group(1));
        }
        return out;
    }

    private static String alertExpr(String severity) {
        List<JsonNode> matching = rules("alert").stream()
                .filter(a -> severity.equals(a.path("labels").path("sloth_severity").asString()))
                .toList();
        assertThat(matching).as("%s alerts", severity).hasSize(1);
        return matching.get(0).path("expr").asString();
    }

    private static List<JsonNode> rules(String kind) {
        List<JsonNode> out = new ArrayList<>();
        Repo.yaml(Repo.SLO_RULES).path("groups")
                .forEach(g -> g.path("rules").forEach(r -> { if (r.has(kind)) out.add(r); }));
        return out;
    }
}
