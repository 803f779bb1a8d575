package io.beacon.platform;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static io.beacon.platform.Repo.ROOT;
import static io.beacon.platform.Repo.compose;
import static io.beacon.platform.Repo.composeService;
import static io.beacon.platform.Repo.environment;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run here (no Docker engine): these checks stand in for
 * `docker compose config` and for what would only show at start-up in production.
 */
class DockerComposeTest {

    @Test
    void definesTheWholeStack() {
        assertThat(compose().path("services").propertyNames())
                .contains("kafka", "postgres", "alert-gateway", "incident-service", "postmortem-service",
                        "prometheus", "alertmanager");
    }

    @Test
    void everyServiceHasAnImageOrABuildAndEveryBuildExists() {
        for (Map.Entry<String, JsonNode> e : compose().path("services").properties()) {
            JsonNode service = e.getValue();
            assertThat(service.has("image") || service.has("build"))
                    .as("service %s needs an image or a build", e.getKey()).isTrue();
            JsonNode build = service.path("build");
            if (build.isMissingNode()) {
                continue;
            }
            Path context = ROOT.resolve(build.isString() ? build.asString() : build.path("context").asString("."));
            assertThat(context).as("build context of %s", e.getKey()).isDirectory();
            if (build.isObject()) {
                Path dockerfile = context.resolve(build.path("dockerfile").asString("Dockerfile"));
                assertThat(dockerfile).as("Dockerfile of %s", e.getKey()).isRegularFile();
                String module = build.path("args").path("MODULE").asString(null);
                if (module != null) {
                    assertThat(module).as("MODULE build arg of %s", e.getKey()).isEqualTo(e.getKey());
                    assertThat(ROOT.resolve(module).resolve("pom.xml"))
                            .as("MODULE %s must be a Maven module", module).isRegularFile();
                }
            }
        }
    }

    @Test
    void dependsOnOnlyServicesThatExist() {
        JsonNode services = compose().path("services");
        for (Map.Entry<String, JsonNode> e : services.properties()) {
            for (String target : Repo.dependsOn(e.getValue())) {
                assertThat(services.has(target))
                        .as("%s depends on %s, which is not a service", e.getKey(), target).isTrue();
                assertThat(target).isNotEqualTo(e.getKey());
            }
        }
    }

    @Test
    void everyServiceHasAHealthcheck() {
        for (Map.Entry<String, JsonNode> e : compose().path("services").properties()) {
            assertThat(Repo.strings(e.getValue().path("healthcheck").path("test")))
                    .as("healthcheck of %s", e.getKey()).isNotEmpty();
        }
    }

    @Test
    void beaconServicesSetOnlyTheEnvironmentTheyDocument() {
        Repo.DOCUMENTED_ENV.forEach((name, documented) -> assertThat(environment(composeService(name)).keySet())
                .as("environment of %s (documented: %s)", name, documented)
                .isSubsetOf(documented));
    }

    @Test
    void everyVariableTheServicesTakeIsInReadmesConfigurationTable() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(Repo.ROOT.resolve("README.md"));
        String configuration = readme.substring(readme.indexOf("## Configuration"),
                readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
        Repo.DOCUMENTED_ENV.values().stream().flatMap(List::stream).distinct()
                .filter(variable -> !variable.equals("AXONIQ_UPDATE_CHECKER_DISABLED"))
                .forEach(variable -> assertThat(configuration).as("README's configuration table names %s", variable)
                        .contains("`" + variable + "`"));
    }

    @Test
    void beaconServicesListenWhereTheirHealthchecksAndPortsLook() {
        Repo.PORTS.forEach((name, port) -> {
            JsonNode service = composeService(name);
            assertThat(environment(service)).as("SERVER_PORT of %s", name).containsEntry("SERVER_PORT", port.toString());
            assertThat(String.join(" ", Repo.strings(service.path("healthcheck").path("test"))))
                    .as("healthcheck of %s", name)
                    .contains("127.0.0.1:" + port + "/actuator/health/readiness");
            assertThat(Repo.strings(service.path("ports"))).as("ports of %s", name).contains(port + ":" + port);
        });
    }

    @Test
    void gatewayHasATokenAndTheAxonServicesHaveNoUpdateCheckerAndTakeApiTokens() {
        assertThat(environment(composeService("alert-gateway")).get("ALERT_GATEWAY_TOKEN"))
                .as("the gateway refuses to start without ALERT_GATEWAY_TOKEN").isNotBlank();
        for (String axonService : List.of("incident-service", "postmortem-service")) {
            assertThat(environment(composeService(axonService))).as(axonService)
                    .containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true")
                    .containsKey("BEACON_API_TOKENS");
        }
    }

    @Test
    void servicesBootstrapFromWhatKafkaAdvertisesInsideCompose() {
        Map<String, String> kafka = environment(composeService("kafka"));
        Map<String, String> advertised = listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS"));
        String internal = kafka.get("KAFKA_INTER_BROKER_LISTENER_NAME");
        assertThat(advertised).as("KAFKA_ADVERTISED_LISTENERS").containsKey(internal);
        String internalAddress = advertised.get(internal);
        assertThat(internalAddress).as("the internal listener must advertise the compose service name")
                .startsWith("kafka:");

        for (String name : Repo.DOCUMENTED_ENV.keySet()) {
            assertThat(environment(composeService(name)).get("KAFKA_BOOTSTRAP_SERVERS"))
                    .as("KAFKA_BOOTSTRAP_SERVERS of %s", name).isEqualTo(internalAddress);
            assertThat(Repo.dependsOn(composeService(name))).as("depends_on of %s", name).contains("kafka");
        }
    }

    @Test
    void kafkaIsASingleKraftNodeWhoseControllerAvoidsAlertmanagersPort() {
        Map<String, String> kafka = environment(composeService("kafka"));
        assertThat(kafka.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        String controller = kafka.get("KAFKA_CONTROLLER_LISTENER_NAMES");
        Map<String, String> listeners = listeners(kafka.get("KAFKA_LISTENERS"));
        assertThat(listeners).containsKey(controller);
        assertThat(listeners.get(controller)).doesNotEndWith(":9093");
        assertThat(kafka.get("KAFKA_CONTROLLER_QUORUM_VOTERS"))
                .isEqualTo("1@kafka" + listeners.get(controller).substring(listeners.get(controller).lastIndexOf(':')));
        assertThat(listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS"))).doesNotContainKey(controller);
        assertThat(kafka).containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1");
        assertThat(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")).contains(controller + ":");
    }

    @Test
    void databaseServicesUseTheirOwnPostgresDatabaseCreatedByTheInitScript() {
        Map<String, String> created = initScriptDatabases();   // name -> password variable
        Map<String, String> postgres = environment(composeService("postgres"));
        assertThat(composeService("postgres").path("image").asString()).startsWith("postgres:16");

        List<String> used = new ArrayList<>();
        for (String name : List.of("incident-service", "postmortem-service")) {
            Map<String, String> env = environment(composeService(name));
            String url = env.get("DATABASE_URL");
            assertThat(url).as("DATABASE_URL of %s", name).startsWith("jdbc:postgresql://");
            URI uri = URI.create(url.substring("jdbc:".length()));
            assertThat(uri.getHost()).as("database host of %s", name).isEqualTo("postgres");
            assertThat(uri.getPort()).as("database port of %s", name).isEqualTo(5432);
            String database = uri.getPath().substring(1);
            assertThat(created).as("deploy/postgres/init-beacon.sh must create the database %s uses", name)
                    .containsKey(database);
            assertThat(env.get("DATABASE_USER")).as("DATABASE_USER of %s", name).isEqualTo(database);
            assertThat(env.get("DATABASE_PASSWORD")).as("DATABASE_PASSWORD of %s", name)
                    .isNotBlank()
                    .isEqualTo(postgres.get(created.get(database)));
            assertThat(Repo.dependsOn(composeService(name))).contains("postgres");
            used.add(database);
        }
        assertThat(used).as("each service has its own database").doesNotHaveDuplicates();
    }

    @Test
    void initScriptIsMountedIntoPostgresAndMountedFilesExist() {
        assertThat(Repo.strings(composeService("postgres").path("volumes")))
                .anyMatch(v -> v.startsWith("./deploy/postgres/init-beacon.sh:/docker-entrypoint-initdb.d/"));
        assertThat(Repo.POSTGRES_INIT.toFile().canExecute())
                .as("the postgres image runs *.sh init scripts only when they are executable or sourced")
                .isTrue();
        for (Map.Entry<String, JsonNode> e : compose().path("services").properties()) {
            for (String volume : Repo.strings(e.getValue().path("volumes"))) {
                if (volume.startsWith("./")) {
                    Path source = ROOT.resolve(volume.substring(2, volume.indexOf(':')));
                    assertThat(source).as("bind mount of %s", e.getKey()).exists();
                }
            }
        }
    }

    /** The init script's create_service_db calls: database name -> name of its password variable. */
    static Map<String, String> initScriptDatabases() {
        Matcher m = Pattern.compile("(?m)^create_service_db\\s+(\\w+)\\s+\"\\$\\{(\\w+)")
                .matcher(Repo.text(Repo.POSTGRES_INIT));
        Map<String, String> out = new HashMap<>();
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        assertThat(out).as("create_service_db calls in deploy/postgres/init-beacon.sh").isNotEmpty();
        return out;
    }

    /** "NAME://host:port,..." -> NAME -> host:port */
    static Map<String, String> listeners(String spec) {
        assertThat(spec).isNotBlank();
        Map<String, String> out = new LinkedHashMap<>();
        for (String listener : spec.split(",")) {
            String[] parts = listener.trim().split("://", 2);
            out.put(parts[0], parts[1]);
        }
        return out;
    }
}
