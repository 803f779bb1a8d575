package io.beacon.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform as a user runs it: {@code ./beacon run} as a child process (it stays in the foreground until it is
 * sent SIGTERM), with the benchmark's settings in its environment. Knows its Java processes by their command lines,
 * whatever the launcher is written in, to time their readiness and read their memory.
 */
final class Platform implements AutoCloseable {

    static final List<String> SERVICES = List.of("alert-gateway", "incident-service", "postmortem-service");
    private final Process process;
    private final Instant startedAt;
    private final Path output;

    private Platform(Process process, Instant startedAt, Path output) {
        this.process = process;
        this.startedAt = startedAt;
        this.output = output;
    }

    static Platform start(Path root, Map<String, String> env, Path output) {
        try {
            Files.createDirectories(output.getParent());
            ProcessBuilder builder = new ProcessBuilder(root.resolve("beacon").toString(), "run")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Instant startedAt = Instant.now();
            return new Platform(builder.start(), startedAt, output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run ./beacon run", e);
        }
    }

    /** Waits until every service answers readiness UP; the time from its JVM's start to the first UP, per service. */
    Map<String, Duration> awaitReady(Ports ports, Http http, Duration timeout) throws InterruptedException {
        Map<String, Integer> portOf = Map.of("alert-gateway", ports.gateway(), "incident-service", ports.incident(),
                "postmortem-service", ports.postmortem());
        Map<String, Duration> ready = new LinkedHashMap<>();
        Instant deadline = Instant.now().plus(timeout);
        while (ready.size() < SERVICES.size()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("./beacon run exited (" + process.exitValue() + "); see " + output);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + timeout + ": only " + ready.keySet()
                        + "; see " + output + " and .beacon/logs/");
            }
            for (String service : SERVICES) {
                if (!ready.containsKey(service)) {
                    Http.Answer answer = http.get("http://127.0.0.1:" + portOf.get(service)
                            + "/actuator/health/readiness");
                    if (answer.ok() && answer.body().contains("\"UP\"")) {
                        Instant jvmStart = javaProcess(service).flatMap(p -> p.info().startInstant())
                                .orElse(startedAt);
                        ready.put(service, Duration.between(jvmStart, Instant.now()));
                    }
                }
            }
            Thread.sleep(100);
        }
        return ready;
    }

    /** The Java process of a service (its jar on the command line), or of the broker ({@code "kafka"}). */
    Optional<ProcessHandle> javaProcess(String name) {
        String marker = name.equals("kafka") ? "kafka.Kafka" : name + "-";
        return javaProcesses().stream()
                .filter(p -> ProcStatus.commandLine(p).contains(marker))
                .findFirst();
    }

    List<ProcessHandle> javaProcesses() {
        return process.descendants()
                .filter(p -> p.info().command().orElse("").endsWith("java"))
                .filter(p -> !ProcStatus.commandLine(p).contains("org.codehaus.plexus.classworlds"))
                .toList();
    }

    /** Resident set size of each of the platform's JVMs (services and broker), from /proc/<pid>/status. */
    Map<String, Long> residentBytes() {
        Map<String, Long> rss = new LinkedHashMap<>();
        pids().forEach((name, pid) -> rss.put(name, ProcStatus.residentBytes(pid)));
        return rss;
    }

    /** The process id of each of the platform's JVMs (services and broker) that is running, by name. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : List.of("alert-gateway", "incident-service", "postmortem-service", "kafka")) {
            javaProcess(name).ifPresent(p -> pids.put(name, p.pid()));
        }
        return pids;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** SIGTERM, as Ctrl-C would; the launcher stops the services and the broker itself. */
    @Override
    public void close() {
        List<ProcessHandle> children = javaProcesses();
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
