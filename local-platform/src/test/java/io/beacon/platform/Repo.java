package io.beacon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's deployment files, read as the tools that use them would read them. */
final class Repo {

    /** Surefire runs in the module directory: the repository root is its parent. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
    static final Path ALERTMANAGER = ROOT.resolve("deploy/alertmanager/alertmanager.yml");
    static final Path PROMETHEUS = ROOT.resolve("deploy/prometheus/prometheus.yml");
    static final Path SLO_RULES = ROOT.resolve("deploy/prometheus/rules/checkout-api-slo.yml");
    static final Path POSTGRES_INIT = ROOT.resolve("deploy/postgres/init-beacon.sh");
    static final Path EXAMPLE_WEBHOOK = ROOT.resolve("deploy/examples/alertmanager-firing.json");
    static final Path LOCAL_KAFKA = ROOT.resolve("local-platform/kafka/server.properties");

    /** The Beacon services and the environment each one documents (README, service facts). */
    static final Map<String, List<String>> DOCUMENTED_ENV = Map.of(
            "alert-gateway", List.of("SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS", "ALERT_GATEWAY_TOKEN"),
            "incident-service", List.of("SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS",
                    "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD",
                    "SLACK_API_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "BEACON_ONCALL_FILE",
                    "AXONIQ_UPDATE_CHECKER_DISABLED", "BEACON_API_TOKENS", "BEACON_STATUS_CADENCE"),
            "postmortem-service", List.of("SERVER_PORT", "KAFKA_BOOTSTRAP_SERVERS",
                    "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "AXONIQ_UPDATE_CHECKER_DISABLED",
                    "SLACK_API_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "BEACON_API_TOKENS", "BEACON_ORG_FILE",
                    "BEACON_POSTMORTEMS_API_URL"));

    /** Their ports (SERVER_PORT) as ./beacon runs them and as the services default to. */
    static final Map<String, Integer> PORTS = Map.of(
            "alert-gateway", 8081, "incident-service", 8082, "postmortem-service", 8083);

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonMapper JSON = new JsonMapper();

    private Repo() {
    }

    static JsonNode yaml(Path file) {
        assertThat(file).as("%s must exist", ROOT.relativize(file)).isRegularFile();
        JsonNode node = YAML.readTree(file.toFile());
        assertThat(node).as("%s must hold a YAML mapping", ROOT.relativize(file)).isNotNull();
        assertThat(node.isObject()).as("%s must hold a YAML mapping", ROOT.relativize(file)).isTrue();
        return node;
    }

    static JsonNode json(Path file) {
        assertThat(file).isRegularFile();
        return JSON.readTree(file.toFile());
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode compose() {
        return yaml(COMPOSE);
    }

    static JsonNode composeService(String name) {
        JsonNode service = compose().path("services").path(name);
        assertThat(service.isObject()).as("docker-compose.yml must define service %s", name).isTrue();
        return service;
    }

    /** A compose service's environment, written either as a mapping or as a list of KEY=VALUE. */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                env.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString());
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                String s = item.asString();
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
            }
        }
        return env;
    }

    /** depends_on, written either as a list of names or as a mapping of name to condition. */
    static List<String> dependsOn(JsonNode service) {
        JsonNode node = service.path("depends_on");
        List<String> names = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asString()));
        } else if (node.isObject()) {
            names.addAll(node.propertyNames());
        }
        return names;
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asString());
        }
        return out;
    }
}
