package io.beacon.platform.launch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How ./beacon stop and status find a run from another terminal: PID files that count only while they mean ours. */
class RunStateTest {

    @TempDir
    Path home;
    private Process stranger;

    @AfterEach
    void stopStranger() {
        if (stranger != null) {
            stranger.destroyForcibly();
        }
    }

    @Test
    void aRecordedServiceCountsWhileItsProcessLivesAndRunsItsJar() throws IOException {
        RunState state = new RunState(PlatformSettings.read(home, home, Map.of()));
        // stands in for `java -jar alert-gateway/target/alert-gateway-<version>.jar`: the marker is on its command line
        stranger = new ProcessBuilder("/bin/sh", "-c", "sleep 60",
                "alert-gateway/target/alert-gateway-" + BeaconService.VERSION + ".jar").start();

        state.record("alert-gateway", stranger.pid());

        assertThat(state.live("alert-gateway")).map(ProcessHandle::pid).contains(stranger.pid());
        stranger.destroyForcibly().onExit().join();
        assertThat(state.live("alert-gateway")).isEmpty();
    }

    @Test
    void aServiceStartedFromItsStartUpCacheIsOursToo() throws IOException {
        RunState state = new RunState(PlatformSettings.read(home, home, Map.of()));
        // stands in for `java -XX:AOTCache=... -jar incident-service/target/aot-cache/app/incident-service-<v>.jar`
        stranger = new ProcessBuilder("/bin/sh", "-c", "sleep 60",
                home + "/incident-service/target/aot-cache/app/incident-service-" + BeaconService.VERSION + ".jar")
                .start();

        state.record("incident-service", stranger.pid());

        assertThat(state.live("incident-service")).map(ProcessHandle::pid).contains(stranger.pid());
        assertThat(state.live("postmortem-service")).isEmpty();
    }

    @Test
    void aRecycledPidRunningSomethingElseIsNotOurs() throws IOException {
        RunState state = new RunState(PlatformSettings.read(home, home, Map.of()));
        stranger = new ProcessBuilder("/bin/sh", "-c", "sleep 60").start();

        state.record(RunState.KAFKA, stranger.pid());
        state.record("incident-service", stranger.pid());

        assertThat(state.live(RunState.KAFKA)).isEmpty();
        assertThat(state.live("incident-service")).isEmpty();
        state.clear();
        try (var files = Files.list(home.resolve(".beacon/run"))) {
            assertThat(files).isEmpty();
        }
    }
}
