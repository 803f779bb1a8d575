package io.beacon.platform.launch;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Apache Kafka's own {@code kafka.Kafka} (KRaft, broker and controller combined) in its own JVM. Its storage is
 * formatted on first start (in this JVM: a second JVM start costs seconds); it can be stopped ({@link #close()}),
 * killed as a crash would ({@link #kill()}) and started again on the same ports and data ({@link #restart()}).
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final BrokerLaunch launch;
    private final Duration readyWithin;
    private Process process;

    private BrokerProcess(BrokerLaunch launch, Duration readyWithin) {
        this.launch = launch;
        this.readyWithin = readyWithin;
    }

    /** Writes its configuration, formats its storage if it has none yet, starts it and waits until it serves. */
    public static BrokerProcess start(BrokerLaunch launch, Duration readyWithin) {
        BrokerProcess broker = new BrokerProcess(launch, readyWithin);
        try {
            Files.createDirectories(launch.directory());
            Files.createDirectories(launch.output().toAbsolutePath().getParent());
            Files.write(broker.configurationFile(), launch.configuration());
            if (needsFormatting(launch)) {
                broker.format();
            }
            broker.launch();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + launch.name(), e);
        }
    }

    /** Starts it again on the same ports and data, and waits until it serves. Kill or close it first. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(launch.name() + " is still running: kill() it first");
        }
        try {
            Files.writeString(launch.output(), "%n===== restarted =====%n".formatted(), StandardOpenOption.APPEND);
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart " + launch.name(), e);
        }
    }

    /** SIGKILL: no controlled shutdown, no flush beyond what the OS already has. */
    public void kill() {
        process.destroyForcibly();
        if (!Processes.waitFor(process.toHandle(), Duration.ofSeconds(20))) {
            throw new IllegalStateException(launch.name() + " survived SIGKILL for 20 s");
        }
    }

    /** SIGTERM (a controlled shutdown); SIGKILL after 30 s. */
    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!Processes.waitFor(process.toHandle(), STOP_GRACE)) {
                process.destroyForcibly();
                Processes.waitFor(process.toHandle(), Duration.ofSeconds(10));
            }
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public String bootstrapServers() {
        return launch.bootstrapServers();
    }

    public String outputTail() {
        return Processes.tail(launch.output(), 40);
    }

    private Path configurationFile() {
        return launch.directory().resolve("server.properties");
    }

    /** Whether {@link #start} will format storage first: the broker has never run on this data. */
    static boolean needsFormatting(BrokerLaunch launch) {
        return !Files.exists(dataDirectory(launch).resolve("meta.properties"));
    }

    private Path dataDirectory() {
        return dataDirectory(launch);
    }

    /** {@code log.dirs}, relative to the broker's working directory as the broker itself reads it. */
    static Path dataDirectory(BrokerLaunch launch) {
        Properties properties = BrokerConfiguration.parse(launch.configuration());
        String dirs = properties.getProperty("log.dirs");
        if (dirs == null || dirs.isBlank()) {
            throw new LaunchException("the configuration of " + launch.name() + " has no log.dirs");
        }
        return launch.workingDirectory().resolve(dirs.split(",")[0].strip());
    }

    /** What {@code kafka-storage.sh random-uuid} and {@code format} do. */
    private void format() throws IOException {
        Properties properties = BrokerConfiguration.parse(launch.configuration());
        String data = dataDirectory().toString();
        Files.createDirectories(dataDirectory());
        try (PrintStream out = new PrintStream(Files.newOutputStream(launch.output(),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            new Formatter()
                    .setPrintStream(out)
                    .setNodeId(Integer.parseInt(properties.getProperty("node.id", "1")))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(data))
                    .setMetadataLogDirectory(data)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(properties.getProperty("controller.listener.names", "CONTROLLER"))
                    .run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new LaunchException("formatting the storage of " + launch.name() + " in " + data + " failed", e);
        }
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Processes.java());
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-cp", launch.classpath(), "kafka.Kafka", configurationFile().toString()));
        process = new ProcessBuilder(Processes.ignoringInterrupt(command))
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launch.output().toFile()))
                .start();
        awaitReady();
    }

    /** Ready = an admin client gets the cluster's description, which needs the broker registered and serving. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(readyWithin);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new LaunchException(launch.name() + " exited during start-up (output: " + launch.output()
                            + ")" + System.lineSeparator() + outputTail());
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new LaunchException("interrupted while waiting for " + launch.name(), notYet);
                    }
                    if (Instant.now().isAfter(deadline)) {
                        throw new LaunchException(launch.name() + " did not serve on port " + launch.port()
                                + " within " + readyWithin.toSeconds() + " s (output: " + launch.output() + ")"
                                + System.lineSeparator() + outputTail(), notYet);
                    }
                }
            }
        }
    }
}
