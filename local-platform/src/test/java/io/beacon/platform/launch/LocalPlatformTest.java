package io.beacon.platform.launch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./beacon run} starts, started the way it starts it: the committed broker configuration and the three
 * services' built jars with the environment the settings derive, each ready; then everything stopped, nothing left.
 * It runs after the services are packaged (this module depends on them for that order) in a home folder of its own
 * under target/, on free ports, so it never meets a developer's own {@code ./beacon run}.
 */
class LocalPlatformTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void startsTheBrokerAndTheThreeServicesFromTheBuiltJarsUntilReadyAndStopsThemAll() throws IOException {
        Path home = Path.of("target", "local-platform-home").toAbsolutePath();
        deleteRecursively(home);
        Files.createDirectories(home);
        PlatformSettings settings = PlatformSettings.read(ROOT, home, Map.of(
                "BEACON_KAFKA_PORT", freePort(), "BEACON_KAFKA_CONTROLLER_PORT", freePort(),
                "BEACON_GATEWAY_PORT", freePort(), "BEACON_INCIDENT_PORT", freePort(),
                "BEACON_POSTMORTEM_PORT", freePort(),
                // two cores shared with the rest of the build: slower than a laptop
                "BEACON_READY_TIMEOUT", "300"));
        // the build writes target/kafka.classpath only at prepare-package, after the tests: this JVM's classpath
        // has the same broker jars and log4j2 binding
        String classpath = System.getProperty("java.class.path");

        List<ProcessHandle> processes;
        try (LocalPlatform platform = LocalPlatform.start(settings, classpath)) {
            processes = platform.processes();
            assertThat(processes).hasSize(4).allMatch(ProcessHandle::isAlive);
            for (BeaconService service : BeaconService.values()) {
                assertThat(platform.service(service).ready()).as(service.module() + " ready").isTrue();
                // trained here or by an earlier start of this build: the cache is shared beside the jar
                assertThat(platform.service(service).cached()).as(service.module() + " from its start-up cache")
                        .isEqualTo(Runtime.version().feature() >= 25);
                assertThat(Files.readString(home.resolve(".beacon/run/" + service.module() + ".pid")).strip())
                        .isEqualTo(String.valueOf(platform.service(service).pid()));
            }
            // one at a time, in order, each ready before the next starts
            BeaconService[] order = BeaconService.values();
            for (int i = 1; i < order.length; i++) {
                assertThat(platform.startedAt(order[i])).as(order[i].module() + " started")
                        .isAfterOrEqualTo(platform.readyAt(order[i - 1]));
            }
            assertThat(home.resolve(".beacon/logs/kafka.log")).isNotEmptyFile();
            assertThat(home.resolve(".beacon/kafka/data/meta.properties")).isRegularFile();
            assertThat(home.resolve(".beacon/data")).isDirectory();
        }

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        try (var pidFiles = Files.list(home.resolve(".beacon/run"))) {
            assertThat(pidFiles).isEmpty();
        }
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
