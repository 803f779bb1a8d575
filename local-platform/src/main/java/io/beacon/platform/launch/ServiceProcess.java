package io.beacon.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * One service running from its executable jar. It can be stopped ({@link #close()}: SIGTERM, a graceful stop),
 * killed outright ({@link #kill()}: SIGKILL, no shutdown hooks) and started again with the same launch, on the same
 * port and appending to the same log ({@link #restart()}), as a crashed instance brought back by its supervisor.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ServiceLaunch launch;
    private final List<String> command;
    private final Process process;

    private ServiceProcess(ServiceLaunch launch, List<String> command, Process process) {
        this.launch = launch;
        this.command = command;
        this.process = process;
    }

    /**
     * Starts the jar, writing a fresh log (the previous one is kept as {@code <log>.1}), with its start-up cache
     * unless {@code BEACON_AOT_CACHE=false} is in this JVM's environment; notes about the cache go to stdout.
     */
    public static ServiceProcess start(ServiceLaunch launch) {
        return start(launch, StartupCache.enabled(System.getenv()), System.out::println);
    }

    /**
     * Starts the jar as {@link #start(ServiceLaunch)}, with its start-up cache if {@code cached} (trained first if
     * there is none for this jar yet: see {@link StartupCache}); {@code say} gets the one-line notes about it.
     */
    static ServiceProcess start(ServiceLaunch launch, boolean cached, Consumer<String> say) {
        requireJar(launch);
        StartupCache.CacheFiles cache = cached ? new StartupCache(launch, say).prepare().orElse(null) : null;
        return start(launch, ServiceCommand.service(launch, cache));
    }

    private static ServiceProcess start(ServiceLaunch launch, List<String> command) {
        try {
            Files.createDirectories(launch.log().toAbsolutePath().getParent());
            if (Files.exists(launch.log()) && Files.size(launch.log()) > 0) {
                Files.move(launch.log(), launch.log().resolveSibling(launch.log().getFileName() + ".1"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return launch(launch, command, ProcessBuilder.Redirect.to(launch.log().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + launch.name(), e);
        }
    }

    /** Starts the same service again, same environment and port, appending to the same log. Kill it first. */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(launch.name() + " is still running: kill() or close() it first");
        }
        try {
            Files.writeString(launch.log(), "%n===== restarted =====%n".formatted(), StandardOpenOption.APPEND);
            return launch(launch, command, ProcessBuilder.Redirect.appendTo(launch.log().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart " + launch.name(), e);
        }
    }

    private static void requireJar(ServiceLaunch launch) {
        if (!Files.isRegularFile(launch.jar())) {
            throw new LaunchException(launch.jar() + " is missing: build first (./beacon build, or mvn verify "
                    + "from the root, which packages the services before the modules that start them)");
        }
    }

    private static ServiceProcess launch(ServiceLaunch launch, List<String> command, ProcessBuilder.Redirect output)
            throws IOException {
        requireJar(launch);
        ProcessBuilder builder = new ProcessBuilder(Processes.ignoringInterrupt(command))
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        ServiceCommand.environment(builder.environment(), launch);
        return new ServiceProcess(launch, command, builder.start());
    }

    /** Whether it runs from its start-up cache (else from its jar, as {@code java -jar}). */
    public boolean cached() {
        return command.stream().anyMatch(word -> word.startsWith("-XX:AOTCache="));
    }

    /** The command it was started with (after the start-up cache was decided on). */
    List<String> command() {
        return command;
    }

    /**
     * Waits until {@code /actuator/health/readiness} says UP and answers how long that took.
     *
     * @throws LaunchException naming the log's last lines when the service exits or is not ready in time
     */
    public Duration awaitReady(Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (true) {
            if (!alive()) {
                throw exitedDuringStartUp();
            }
            if (ready()) {
                return Duration.between(start, Instant.now());
            }
            if (Instant.now().isAfter(deadline)) {
                throw notReadyWithin(timeout);
            }
            pause();
        }
    }

    LaunchException exitedDuringStartUp() {
        return new LaunchException(launch.name() + " exited during start-up (log: " + launch.log() + ")"
                + System.lineSeparator() + logTail());
    }

    LaunchException notReadyWithin(Duration timeout) {
        return new LaunchException(launch.name() + " not ready after " + timeout.toSeconds()
                + " s (readiness: " + url(Readiness.PATH) + "; log: " + launch.log() + ")"
                + System.lineSeparator() + logTail());
    }

    /** One readiness probe: is {@code /actuator/health/readiness} UP right now? */
    public boolean ready() {
        return Readiness.up(launch.port());
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), then waits until the process is gone. */
    public void kill() {
        process.destroyForcibly();
        if (!Processes.waitFor(process.toHandle(), Duration.ofSeconds(20))) {
            throw new IllegalStateException(launch.name() + " survived SIGKILL for 20 s");
        }
    }

    /** SIGTERM, a graceful stop; SIGKILL after 30 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            if (!Processes.waitFor(process.toHandle(), STOP_GRACE)) {
                process.destroyForcibly();
                Processes.waitFor(process.toHandle(), Duration.ofSeconds(10));
            }
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + launch.port() + path;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String name() {
        return launch.name();
    }

    public int port() {
        return launch.port();
    }

    public Path log() {
        return launch.log();
    }

    public String logTail() {
        return Processes.tail(launch.log(), 60);
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for readiness", e);
        }
    }
}
