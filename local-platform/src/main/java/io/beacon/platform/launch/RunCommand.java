package io.beacon.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

/** {@code ./beacon run}: start everything, wait until ready, print the banner, stay in the foreground. */
final class RunCommand {

    private final PlatformSettings settings;
    private final Console console;
    private final RunState state;

    RunCommand(PlatformSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
        this.state = new RunState(settings);
    }

    int run() throws IOException {
        checkNotRunning();
        String classpath = kafkaClasspath();
        checkBuilt();
        Files.createDirectories(settings.logDirectory());
        state.record(RunState.LAUNCHER, ProcessHandle.current().pid());
        rotate(settings.logDirectory().resolve("kafka.stdout.log"));

        Stopper stopper = new Stopper();
        // Ctrl-C (SIGINT), ./beacon stop (SIGTERM) and a failure below all end here: the JVM's exit runs the hook
        Runtime.getRuntime().addShutdownHook(new Thread(stopper, "beacon-stop"));
        LocalPlatform platform = new LocalPlatform(settings, console);
        stopper.platform = platform;
        try {
            platform.start(classpath);
        } catch (LaunchException e) {
            // as ./beacon always did: the error first, then the stopping (the hook, as the JVM exits)
            console.error(e.getMessage());
            stopper.quiet = true;
            return 1;
        }
        console.print(Banner.text(settings, console));
        while (true) {
            sleep(Duration.ofSeconds(2));
            Optional<String> exited = platform.firstExited();
            if (exited.isPresent() && !stopper.started) {
                console.error(exited.get() + " exited unexpectedly: stopping Beacon");
                stopper.quiet = true;
                return 1;
            }
        }
    }

    private void checkNotRunning() {
        state.live(RunState.LAUNCHER).ifPresent(p -> {
            throw new LaunchException("Beacon is already running from this checkout (PID " + p.pid()
                    + "). Stop it with ./beacon stop.");
        });
        for (String component : new String[]{RunState.KAFKA, "alert-gateway", "incident-service", "postmortem-service"}) {
            state.live(component).ifPresent(p -> {
                throw new LaunchException("a " + component + " from an earlier run is still running (PID " + p.pid()
                        + "). Stop it with ./beacon stop.");
            });
        }
        boolean busy = false;
        for (int port : settings.ports()) {
            if (Processes.portOpen(port)) {
                console.warn("port " + port + " is already in use by " + PortOwner.of(port));
                busy = true;
            }
        }
        if (busy) {
            throw new LaunchException("""
                    Beacon needs these ports free. A leftover from an earlier run? Try ./beacon stop
                           (it stops only what this checkout started); otherwise stop that process, or choose other ports
                           (BEACON_KAFKA_PORT, BEACON_KAFKA_CONTROLLER_PORT, BEACON_GATEWAY_PORT, BEACON_INCIDENT_PORT, \
                    BEACON_POSTMORTEM_PORT).""");
        }
    }

    /** Written by every build of local-platform: Kafka's server jars and their logging binding. */
    private String kafkaClasspath() throws IOException {
        Path file = settings.repositoryRoot().resolve("local-platform/target/kafka.classpath");
        if (!Files.isRegularFile(file)) {
            throw new LaunchException("local-platform/target/kafka.classpath is missing: build first (./beacon build)");
        }
        return Files.readString(file).strip();
    }

    private void checkBuilt() {
        for (BeaconService service : BeaconService.values()) {
            Path jar = service.jar(settings.repositoryRoot());
            if (!Files.isRegularFile(jar)) {
                throw new LaunchException(settings.repositoryRoot().relativize(jar)
                        + " is missing: build first (./beacon build)");
            }
        }
    }

    /** Keeps the previous run's log as {@code <name>.1}. */
    private static void rotate(Path log) {
        try {
            if (Files.exists(log) && Files.size(log) > 0) {
                Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The shutdown hook: stops the platform once, whether it is up, half up or failed. */
    private final class Stopper implements Runnable {

        private volatile LocalPlatform platform;
        private volatile boolean quiet;
        private volatile boolean started;

        @Override
        public void run() {
            started = true;
            if (!quiet) {
                console.print("");
            }
            platform.close();
        }
    }
}
