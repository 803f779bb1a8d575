package io.beacon.platform.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command lines and environment of a service's JVMs: the service itself (from its executable jar, or from its
 * extracted jar with the start-up cache), the cache's training run and the check that the JVM accepts a cache.
 */
final class ServiceCommand {

    /** Hides the JVM's own notes about the cache (JDK 25 warns about code stubs it could not link, harmlessly). */
    static final String QUIET_CACHE = "-Xlog:aot*=off";

    private ServiceCommand() {
    }

    /** {@code java <options> -jar <jar>} as ever, or from the extracted jar with {@code -XX:AOTCache}. */
    static List<String> service(ServiceLaunch launch, StartupCache.CacheFiles cache) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.addAll(launch.jvmOptions());
        if (cache != null) {
            command.add("-XX:AOTCache=" + cache.cache());
            command.add(QUIET_CACHE);
        }
        command.add("-jar");
        command.add((cache == null ? launch.jar() : cache.jar()).toString());
        return command;
    }

    /**
     * Starts the JVM as the service would start, but only to print its version: {@code -XX:AOTMode=on} makes it
     * exit with an error when it cannot use the cache (corrupt, truncated, another JDK, options that don't fit).
     */
    static List<String> check(ServiceLaunch launch, StartupCache.CacheFiles cache) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache.cache(), QUIET_CACHE,
                "-cp", cache.jar().toString(), "-version"));
        return command;
    }

    /**
     * The training run (JDK 25, one step): the service's context refreshes, then Spring exits and the JVM writes
     * the cache of every class it loaded on the way.
     */
    static List<String> training(ServiceLaunch launch, Path extractedJar, Path output) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-XX:AOTCacheOutput=" + output, "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toString()));
        return command;
    }

    /** Spring Boot's own extraction: the application jar plus {@code lib/}, the layout a cache can hold. */
    static List<String> extraction(Path jar, Path destination) {
        return List.of(Processes.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", destination.toString());
    }

    /** The service's environment: the inherited one minus {@code unset}, plus its own and its port. */
    static void environment(Map<String, String> environment, ServiceLaunch launch) {
        environment.keySet().removeAll(launch.unset());
        environment.putAll(launch.environment());
        environment.put("SERVER_PORT", String.valueOf(launch.port()));
    }
}
