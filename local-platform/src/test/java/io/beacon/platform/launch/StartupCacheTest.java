package io.beacon.platform.launch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up cache with real JVMs: trained once for a jar, reused while the jar stays the same, retrained when it
 * changes, and never in the way: a cache the JVM refuses means a start from the jar, and a line saying so. The
 * service is {@link FakeService}, so that each training run takes seconds, not a Spring context's minute.
 */
class StartupCacheTest {

    @TempDir
    Path root;
    private final List<String> said = new ArrayList<>();
    private final List<ServiceProcess> started = new ArrayList<>();
    private ServiceLaunch launch;

    @BeforeEach
    void buildTheJar() throws IOException {
        Path jar = FakeService.jar(root, "fake");
        launch = new ServiceLaunch("fake", jar, root, Map.of("FAKE_RECORD", root.resolve("training-saw").toString(),
                "DATABASE_URL", "jdbc:postgresql://db.example/users-data"), Set.of(),
                List.of("-Xmx64m", "-XX:TieredStopAtLevel=1"), freePort(), root.resolve("fake.log"));
    }

    @AfterEach
    void stop() {
        started.forEach(ServiceProcess::close);
    }

    @Test
    void theFirstStartTrainsTheCacheAndTheNextOneReusesIt() throws IOException {
        StartupCache cache = new StartupCache(launch, said::add);

        Optional<StartupCache.CacheFiles> first = cache.prepare();

        assertThat(first).isPresent();
        assertThat(first.get().jar()).isEqualTo(root.resolve("fake/target/aot-cache/app/fake.jar"));
        assertThat(first.get().cache()).isRegularFile();
        assertThat(root.resolve("fake/target/aot-cache/accepted")).as("checked once, not at every start")
                .isRegularFile();
        assertThat(said).hasSize(2);
        assertThat(said.get(0)).isEqualTo("training start-up cache for fake (once per build)…");
        assertThat(said.get(1)).matches("start-up cache for fake trained in [0-9.]+ s \\(.*\\)");
        FileTime trained = Files.getLastModifiedTime(first.get().cache());
        said.clear();

        Optional<StartupCache.CacheFiles> second = new StartupCache(launch, said::add).prepare();

        assertThat(second).contains(first.get());
        assertThat(said).as("no training the second time").isEmpty();
        assertThat(Files.getLastModifiedTime(second.get().cache())).isEqualTo(trained);
    }

    @Test
    void aRebuiltJarMakesTheCacheStaleAndTheNextStartTrainsAgain() throws IOException {
        StartupCache cache = new StartupCache(launch, said::add);
        assertThat(cache.prepare()).isPresent();
        CacheStamp trainedFor = CacheStamp.of(launch.jar(), CacheStamp.currentJava());
        assertThat(cache.isFresh(trainedFor)).isTrue();

        // what a rebuild does to the jar: a new modification time
        Files.setLastModifiedTime(launch.jar(), FileTime.fromMillis(
                Files.getLastModifiedTime(launch.jar()).toMillis() + 60_000));
        CacheStamp rebuilt = CacheStamp.of(launch.jar(), CacheStamp.currentJava());

        assertThat(cache.isFresh(rebuilt)).isFalse();
        said.clear();
        assertThat(cache.prepare()).isPresent();
        assertThat(said).first().asString().startsWith("training start-up cache for fake");
        assertThat(cache.isFresh(rebuilt)).isTrue();
    }

    @Test
    void theTrainingRunGetsAThrowawayDatabaseNeverTheServicesOwn() throws IOException {
        assertThat(new StartupCache(launch, said::add).prepare()).isPresent();

        assertThat(Files.readString(root.resolve("training-saw")))
                .startsWith("jdbc:h2:file:" + root.resolve("fake/target/aot-cache/training-home"));
        assertThat(root.resolve("fake/target/aot-cache/training-home")).doesNotExist();
    }

    @Test
    void aServiceStartsFromItsCacheAndItsExtractedJar() {
        ServiceProcess service = start();

        assertThat(service.cached()).isTrue();
        assertThat(service.command()).containsSubsequence("-XX:AOTCache=" + root.resolve("fake/target/aot-cache/app.aot"),
                "-jar", root.resolve("fake/target/aot-cache/app/fake.jar").toString());
        service.awaitReady(Duration.ofSeconds(30));
    }

    @Test
    void aCorruptCacheIsRefusedAndTheServiceStillStartsFromItsJar() throws IOException {
        StartupCache cache = new StartupCache(launch, said::add);
        Path file = cache.prepare().orElseThrow().cache();
        Files.write(file, new byte[]{1, 2, 3});
        said.clear();

        ServiceProcess service = start();

        assertThat(service.cached()).isFalse();
        assertThat(service.command()).endsWith("-jar", launch.jar().toString());
        assertThat(said).singleElement().asString()
                .startsWith("fake: the JVM refused its start-up cache (")
                .endsWith("); starting from its jar, retraining at the next start");
        service.awaitReady(Duration.ofSeconds(30));
        assertThat(cache.stampFile()).as("retrained at the next start").doesNotExist();
    }

    @Test
    void switchedOffItStartsFromTheJarAsEver() {
        ServiceProcess service = ServiceProcess.start(launch, false, said::add);
        started.add(service);

        assertThat(service.cached()).isFalse();
        assertThat(root.resolve("fake/target/aot-cache")).doesNotExist();
        assertThat(said).isEmpty();
        service.awaitReady(Duration.ofSeconds(30));
    }

    private ServiceProcess start() {
        ServiceProcess service = ServiceProcess.start(launch, true, said::add);
        started.add(service);
        return service;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
