package io.beacon.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node Kafka broker (KRaft, broker and controller combined) in its own OS process, so that a test can
 * SIGKILL it ({@link #kill()}) as a crash would, and start it again on the same ports and the same log directory
 * ({@link #restart()}) as its supervisor would. {@link TestKafka}'s broker lives inside the test JVM and cannot be
 * killed apart from it.
 *
 * <p>The process runs Apache Kafka's own {@code kafka.Kafka} main with this JVM's java and classpath (the server jars
 * come with spring-kafka-test). Topics are created on first use with the partition count the services expect
 * ({@link #PARTITIONS}); every internal topic has replication factor 1.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** The services' default {@code KAFKA_PARTITIONS}. */
    public static final int PARTITIONS = 3;
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final String name;
    private final Path directory;
    private final int port;
    private final Path log;
    private Process process;

    private KafkaBrokerProcess(String name, Path directory, int port, Path log) {
        this.name = name;
        this.directory = directory;
        this.port = port;
        this.log = log;
    }

    /**
     * Formats fresh storage under {@code target/kafka-<name>}, starts the broker and waits until it answers an admin
     * client. Its output goes to {@code target/e2e-logs/kafka-<name>.log}.
     */
    public static KafkaBrokerProcess start(String name) {
        try {
            Path directory = Path.of("target", "kafka-" + name).toAbsolutePath();
            deleteRecursively(directory);
            Files.createDirectories(directory.resolve("data"));
            Path log = Files.createDirectories(Path.of("target", "e2e-logs")).toAbsolutePath()
                    .resolve("kafka-" + name + ".log");
            Files.deleteIfExists(log);
            KafkaBrokerProcess broker = new KafkaBrokerProcess(name, directory, freePort(), log);
            // a test JVM stopped before its @AfterAll must not leave a broker behind
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-" + name + "-stop"));
            broker.writeConfiguration(freePort());
            broker.format();
            broker.launch();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker " + name, e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no controlled shutdown, no flush beyond what the OS already has. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Kafka broker " + name + " survived SIGKILL for 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing Kafka broker " + name, e);
        }
    }

    /** Starts the broker again on the same ports and log directory, and waits until it answers. Kill it first. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Kafka broker " + name + " is still running: kill() it first");
        }
        try {
            Files.writeString(log, "%n===== restarted by the test =====%n".formatted(), StandardOpenOption.APPEND);
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart the Kafka broker " + name, e);
        }
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeConfiguration(int controllerPort) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + directory.resolve("data"),
                "auto.create.topics.enable=true",
                "num.partitions=" + PARTITIONS,
                "default.replication.factor=1",
                "min.insync.replicas=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=" + PARTITIONS,
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // after a SIGKILL the controller waits out the dead broker's session before the new one registers:
                // 18 s by default, a few seconds with these
                "broker.session.timeout.ms=2000",
                "broker.heartbeat.interval.ms=500"));
        Files.write(directory.resolve("server.properties"), lines);
        Files.writeString(directory.resolve("logback.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
    }

    /** What {@code kafka-storage.sh format} does, in this JVM: a second JVM start costs seconds on a busy machine. */
    private void format() throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(log))) {
            String data = directory.resolve("data").toString();
            new Formatter()
                    .setPrintStream(out)
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(data))
                    .setMetadataLogDirectory(data)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName("CONTROLLER")
                    .run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the storage of Kafka broker " + name, e);
        }
    }

    private void launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlogback.configurationFile=" + directory.resolve("logback.xml"),
                "-cp", System.getProperty("java.class.path"),
                "kafka.Kafka", directory.resolve("server.properties").toString());
        process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady();
    }

    /** Ready = an admin client gets the cluster's description, which needs the broker registered and serving. */
    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_WITHIN);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker " + name + " exited; see " + log);
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka broker " + name + " not ready within "
                                + READY_WITHIN + "; see " + log, notYet);
                    }
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
