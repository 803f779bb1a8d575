package io.beacon.platform.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Beacon on one machine: the broker, then the three services one at a time, each ready before the next starts and
 * all before {@link #start} returns; stopped in reverse (services first, so that they can still reach the broker
 * while they shut down).
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Duration BROKER_READY_WITHIN = Duration.ofSeconds(60);

    private final PlatformSettings settings;
    private final Console console;
    private final RunState state;
    private final Map<BeaconService, ServiceProcess> services = new EnumMap<>(BeaconService.class);
    private final Map<BeaconService, Instant> startedAt = new EnumMap<>(BeaconService.class);
    private final Map<BeaconService, Instant> readyAt = new EnumMap<>(BeaconService.class);
    private BrokerProcess broker;
    /** Set as stopping begins: processes exiting then are expected, not a failure to report. */
    private volatile boolean closed;

    LocalPlatform(PlatformSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
        this.state = new RunState(settings);
    }

    /** Starts everything with messages on stdout; on failure, stops what it started and throws. */
    public static LocalPlatform start(PlatformSettings settings, String kafkaClasspath) {
        return start(settings, kafkaClasspath, Console.standard(settings.environment()));
    }

    static LocalPlatform start(PlatformSettings settings, String kafkaClasspath, Console console) {
        LocalPlatform platform = new LocalPlatform(settings, console);
        try {
            platform.start(kafkaClasspath);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Starts everything and waits until ready; on failure it leaves {@link #close()} to the caller. */
    void start(String kafkaClasspath) {
        try {
            Files.createDirectories(settings.logDirectory());
            Files.createDirectories(settings.stateDirectory().resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startBroker(kafkaClasspath);
        startServices();
    }

    private void startBroker(String classpath) {
        BrokerLaunch launch = settings.brokerLaunch(classpath);
        if (BrokerProcess.needsFormatting(launch)) {
            console.say("formatting Kafka storage in " + shown(BrokerProcess.dataDirectory(launch)) + " (first run)");
        }
        console.say("starting Kafka (KRaft, " + settings.kafkaBootstrapServers() + ", controller :"
                + settings.kafkaControllerPort() + ")");
        try {
            broker = BrokerProcess.start(launch, BROKER_READY_WITHIN);
        } catch (LaunchException e) {
            console.tail(Processes.tail(kafkaLog(), 40));
            throw e;
        }
        state.record(RunState.KAFKA, broker.pid());
        console.say("Kafka is up (PID " + broker.pid() + ")");
    }

    /**
     * Starts the services one at a time, in {@link BeaconService} order, each ready before the next starts. A JVM is
     * CPU-bound while it starts (incident-service: 9-12 CPU-seconds), so on a small machine JVMs started side by side
     * only wait for each other: started all at once on two cores, the gateway was ready after 5.7-7.3 s and
     * incident-service after 14-17 s; one at a time, 1.9-2.6 s and (counted from the gateway's start) 8-11 s, with
     * the whole platform up no later. The gateway comes first because it makes an alert durable, incident-service
     * next because it pages.
     */
    private void startServices() {
        if (settings.startupCache()) {
            // every cache trained (once per build) before any service starts: a service started before another's
            // training was ready long before anybody looked, and "ready after" counted the training too
            for (BeaconService service : BeaconService.values()) {
                new StartupCache(settings.serviceLaunch(service), console::say).prepare();
            }
        }
        console.say("starting the services one at a time, each ready (up to " + settings.readyTimeout().toSeconds()
                + " s in all) before the next");
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        for (BeaconService service : BeaconService.values()) {
            startService(service);
            awaitReady(service, deadline);
        }
    }

    private void startService(BeaconService service) {
        ServiceProcess process = ServiceProcess.start(settings.serviceLaunch(service), settings.startupCache(),
                console::say);
        startedAt.put(service, Instant.now());
        services.put(service, process);
        state.record(service.module(), process.pid());
    }

    /** Polls the service until it is ready, then prints it with the time since its JVM started. */
    private void awaitReady(BeaconService service, Instant deadline) {
        ServiceProcess process = services.get(service);
        while (!process.ready()) {
            if (!process.alive()) {
                console.tail(process.logTail());
                throw new LaunchException(service.module() + " exited during start-up (log: "
                        + shown(process.log()) + ")");
            }
            if (!broker.alive()) {
                console.tail(Processes.tail(kafkaLog(), 40));
                throw new LaunchException("Kafka exited (log: " + shown(kafkaLog()) + ")");
            }
            if (Instant.now().isAfter(deadline)) {
                console.tail(process.logTail());
                throw new LaunchException("not ready after " + settings.readyTimeout().toSeconds() + " s: "
                        + service.module() + " (readiness: /actuator/health/readiness; logs in "
                        + shown(settings.logDirectory()) + "/)");
            }
            sleep(Duration.ofMillis(100));
        }
        readyAt.put(service, Instant.now());
        console.print("    %s✓%s %-19s ready after %d ms%s".formatted(console.green, console.reset, service.module(),
                Duration.between(startedAt.get(service), readyAt.get(service)).toMillis(),
                process.cached() ? " (start-up cache)" : ""));
    }

    /** What died since start, if anything: the launcher stops everything then. */
    Optional<String> firstExited() {
        if (closed) {
            return Optional.empty();
        }
        if (!broker.alive()) {
            console.tail(Processes.tail(kafkaLog(), 40));
            return Optional.of("Kafka");
        }
        return services.entrySet().stream().filter(e -> !e.getValue().alive()).findFirst().map(e -> {
            console.tail(e.getValue().logTail());
            return e.getKey().module();
        });
    }

    /** The processes it runs: the broker first, then the services in start order. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        if (broker != null) {
            all.add(broker.handle());
        }
        services.values().forEach(s -> all.add(s.handle()));
        return all;
    }

    public ServiceProcess service(BeaconService service) {
        return services.get(service);
    }

    /** When its JVM was started. */
    Instant startedAt(BeaconService service) {
        return startedAt.get(service);
    }

    /** When it was first seen ready. */
    Instant readyAt(BeaconService service) {
        return readyAt.get(service);
    }

    /** Services (in reverse start order, side by side), then the broker; then forgets the PID files. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> running = new ArrayList<>(services.values().stream().filter(ServiceProcess::alive).toList());
        if (!running.isEmpty()) {
            console.say("stopping services (" + running.stream().map(ServiceProcess::name)
                    .collect(Collectors.joining(" ")) + ")");
            Processes.terminate(Duration.ofSeconds(30), running.reversed().stream().map(ServiceProcess::handle)
                    .toList(), console);
        }
        if (broker != null && broker.alive()) {
            console.say("stopping Kafka");
            Processes.terminate(Duration.ofSeconds(30), List.of(broker.handle()), console);
        }
        state.clear();
        console.say("stopped");
    }

    private Path kafkaLog() {
        return settings.logDirectory().resolve("kafka.log");
    }

    /** Paths under the home folder as {@code ./beacon} always showed them: relative. */
    private String shown(Path path) {
        return path.startsWith(settings.home()) ? settings.home().relativize(path).toString() : path.toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while waiting for readiness", e);
        }
    }
}
