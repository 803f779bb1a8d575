package io.beacon.platform.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What ./beacon derives from the environment: ports, tokens, and each service's environment. */
class PlatformSettingsTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void withNothingSetItRunsOnTheDocumentedDefaults() {
        PlatformSettings settings = PlatformSettings.read(ROOT, ROOT, Map.of());

        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9094);
        assertThat(settings.port(BeaconService.ALERT_GATEWAY)).isEqualTo(8081);
        assertThat(settings.port(BeaconService.INCIDENT_SERVICE)).isEqualTo(8082);
        assertThat(settings.port(BeaconService.POSTMORTEM_SERVICE)).isEqualTo(8083);
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.javaOptions()).isEmpty();
        assertThat(settings.serviceLaunch(BeaconService.INCIDENT_SERVICE).jvmOptions()).containsExactly(
                "-Xms64m", "-Xmx512m", "-XX:+UseG1GC",
                "-XX:TieredStopAtLevel=1", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
        assertThat(settings.serviceLaunch(BeaconService.ALERT_GATEWAY).jvmOptions())
                .startsWith("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC")
                .endsWith(BeaconService.COMMON_JAVA_OPTIONS.toArray(String[]::new));
        assertThat(settings.gatewayToken()).isEqualTo("beacon-local-token");
        assertThat(settings.apiTokensAreTheDefault()).isTrue();
        assertThat(settings.stateDirectory()).isEqualTo(Path.of("/repo/.beacon"));
        assertThat(settings.ports()).containsExactly(9092, 9094, 8081, 8082, 8083);
    }

    @Test
    void everyDocumentedSettingMovesWhatItNames() {
        PlatformSettings settings = PlatformSettings.read(ROOT, ROOT, Map.of(
                "BEACON_KAFKA_PORT", "19092", "BEACON_KAFKA_CONTROLLER_PORT", "19094",
                "BEACON_GATEWAY_PORT", "18081", "BEACON_INCIDENT_PORT", "18082", "BEACON_POSTMORTEM_PORT", "18083",
                "BEACON_READY_TIMEOUT", "30", "BEACON_JAVA_OPTS", " -Xmx256m   -XX:+UseSerialGC ",
                "ALERT_GATEWAY_TOKEN", "new-token,old-token", "BEACON_API_TOKENS", "me:commander:secret"));

        assertThat(settings.ports()).containsExactly(19092, 19094, 18081, 18082, 18083);
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.javaOptions()).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        for (BeaconService service : BeaconService.values()) {
            assertThat(settings.serviceLaunch(service).jvmOptions()).as(service.module())
                    .containsExactly("-Xmx256m", "-XX:+UseSerialGC");
        }
        assertThat(settings.gatewayTokenShown()).isEqualTo("new-token");
        assertThat(settings.apiTokensAreTheDefault()).isFalse();
    }

    @Test
    void theStartUpCacheIsOnUnlessSwitchedOff() {
        assertThat(PlatformSettings.read(ROOT, ROOT, Map.of()).startupCache()).isTrue();
        assertThat(PlatformSettings.read(ROOT, ROOT, Map.of("BEACON_AOT_CACHE", "true")).startupCache()).isTrue();
        for (String off : List.of("false", "FALSE", "0", "off", " no ")) {
            assertThat(PlatformSettings.read(ROOT, ROOT, Map.of("BEACON_AOT_CACHE", off)).startupCache())
                    .as(off).isFalse();
        }
    }

    @Test
    void aBadNumberIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> PlatformSettings.read(ROOT, ROOT, Map.of("BEACON_GATEWAY_PORT", "80a")))
                .hasMessage("BEACON_GATEWAY_PORT must be a whole number, not '80a'");
        assertThatThrownBy(() -> PlatformSettings.read(ROOT, ROOT, Map.of("BEACON_KAFKA_PORT", "70000")))
                .hasMessageContaining("BEACON_KAFKA_PORT must be a port number");
    }

    @Test
    void aServiceGetsItsPortTheBrokerAndTheTokensButNeverTheShellsDatabase() {
        PlatformSettings settings = PlatformSettings.read(ROOT, ROOT, Map.of(
                "DATABASE_URL", "jdbc:postgresql://elsewhere/prod", "BEACON_INCIDENT_PORT", "18082"));

        ServiceLaunch incidents = settings.serviceLaunch(BeaconService.INCIDENT_SERVICE);

        assertThat(incidents.port()).isEqualTo(18082);
        assertThat(incidents.unset()).containsExactlyInAnyOrder("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD");
        assertThat(incidents.environment())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("ALERT_GATEWAY_TOKEN", "beacon-local-token")
                .containsEntry("BEACON_API_TOKENS", PlatformSettings.DEFAULT_API_TOKENS)
                .containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true")
                .doesNotContainKeys("DATABASE_URL", "SERVER_PORT");
        assertThat(incidents.jar()).isEqualTo(Path.of("/repo/incident-service/target/incident-service-"
                + BeaconService.VERSION + ".jar"));
        assertThat(incidents.workingDirectory()).isEqualTo(ROOT);
        assertThat(incidents.log()).isEqualTo(Path.of("/repo/.beacon/logs/incident-service.log"));
    }

    @Test
    void eachServiceWithADatabaseTakesOnlyItsOwnBeaconDatabaseSettings() {
        PlatformSettings settings = PlatformSettings.read(ROOT, ROOT, Map.of(
                "BEACON_INCIDENT_DATABASE_URL", "jdbc:postgresql://db/incident",
                "BEACON_INCIDENT_DATABASE_USER", "incident",
                "BEACON_INCIDENT_DATABASE_PASSWORD", "",
                "BEACON_POSTMORTEM_DATABASE_URL", "jdbc:postgresql://db/postmortem"));

        assertThat(settings.serviceLaunch(BeaconService.INCIDENT_SERVICE).environment())
                .containsEntry("DATABASE_URL", "jdbc:postgresql://db/incident")
                .containsEntry("DATABASE_USER", "incident")
                .doesNotContainKey("DATABASE_PASSWORD");
        assertThat(settings.serviceLaunch(BeaconService.POSTMORTEM_SERVICE).environment())
                .containsEntry("DATABASE_URL", "jdbc:postgresql://db/postmortem")
                .doesNotContainKey("DATABASE_USER");
        assertThat(settings.serviceLaunch(BeaconService.ALERT_GATEWAY).environment())
                .doesNotContainKeys("DATABASE_URL", "AXONIQ_UPDATE_CHECKER_DISABLED");
    }

    @Test
    void theBrokerRunsTheCommittedConfigurationOnThisRunsPorts() {
        List<String> lines = BrokerConfiguration.withPorts(List.of(
                "listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9094",
                "advertised.listeners=PLAINTEXT://127.0.0.1:9092",
                "controller.quorum.voters=1@127.0.0.1:9094",
                "log.dirs=.beacon/kafka/data"), 19092, 19094);

        assertThat(lines).containsExactly(
                "listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19094",
                "advertised.listeners=PLAINTEXT://127.0.0.1:19092",
                "controller.quorum.voters=1@127.0.0.1:19094",
                "log.dirs=.beacon/kafka/data");
        BrokerLaunch launch = new BrokerLaunch("Kafka", ROOT, ROOT.resolve(".beacon/kafka"), lines, "cp", List.of(),
                19092, ROOT.resolve(".beacon/logs/kafka.stdout.log"));
        assertThat(BrokerProcess.dataDirectory(launch)).isEqualTo(Path.of("/repo/.beacon/kafka/data"));
    }
}
