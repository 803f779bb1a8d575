package io.beacon.platform.launch;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The command lines of a service's JVMs, with and without its start-up cache. */
class ServiceCommandTest {

    private static final Path JAR = Path.of("/repo/incident-service/target/incident-service-0.1.0-SNAPSHOT.jar");
    private static final ServiceLaunch LAUNCH = new ServiceLaunch("incident-service", JAR, Path.of("/repo"), Map.of(),
            Set.of(), List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), 8082, Path.of("/repo/.beacon/logs/x.log"));
    private static final StartupCache.CacheFiles CACHE = new StartupCache.CacheFiles(
            Path.of("/repo/incident-service/target/aot-cache/app/incident-service-0.1.0-SNAPSHOT.jar"),
            Path.of("/repo/incident-service/target/aot-cache/app.aot"));

    @Test
    void withoutACacheItIsJavaDashJarAsEver() {
        assertThat(ServiceCommand.service(LAUNCH, null)).containsExactly(Processes.java(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString());
    }

    @Test
    void withACacheItRunsTheExtractedJarOnTheCacheQuietly() {
        assertThat(ServiceCommand.service(LAUNCH, CACHE)).containsExactly(Processes.java(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:AOTCache=/repo/incident-service/target/aot-cache/app.aot", "-Xlog:aot*=off",
                "-jar", "/repo/incident-service/target/aot-cache/app/incident-service-0.1.0-SNAPSHOT.jar");
    }

    @Test
    void theCheckInsistsOnTheCacheWithTheServicesOptionsAndClasspath() {
        assertThat(ServiceCommand.check(LAUNCH, CACHE)).containsExactly(Processes.java(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:AOTMode=on",
                "-XX:AOTCache=/repo/incident-service/target/aot-cache/app.aot", "-Xlog:aot*=off",
                "-cp", "/repo/incident-service/target/aot-cache/app/incident-service-0.1.0-SNAPSHOT.jar", "-version");
    }

    @Test
    void theTrainingRunWritesTheCacheWhenTheContextHasRefreshed() {
        assertThat(ServiceCommand.training(LAUNCH, CACHE.jar(), Path.of("/tmp/training.aot"))).containsExactly(
                Processes.java(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:AOTCacheOutput=/tmp/training.aot",
                "-Dspring.context.exit=onRefresh", "-jar", CACHE.jar().toString());
    }

    @Test
    void runStateKnowsAServiceStartedFromItsCacheByItsExtractedJar() {
        assertThat(String.join(" ", ServiceCommand.service(LAUNCH, CACHE)))
                .contains(StartupCache.extractedJarMarker("incident-service"));
    }
}
