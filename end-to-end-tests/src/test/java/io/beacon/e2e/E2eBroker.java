package io.beacon.e2e;

import io.beacon.platform.launch.BrokerConfiguration;
import io.beacon.platform.launch.BrokerLaunch;
import io.beacon.platform.launch.BrokerProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KRaft broker of its own for a fault test, started through local-platform's launcher ({@link BrokerProcess}, the
 * code behind {@code ./beacon run}) so that the test can SIGKILL it and start it again on the same ports and data.
 * Its configuration is the committed one with free ports, fresh storage under {@code target/kafka-<name>} and the
 * services' partition count; it runs on this JVM's classpath (Kafka's server jars come with the test dependencies)
 * with logback for its log.
 */
final class E2eBroker {

    /** The services' default {@code KAFKA_PARTITIONS}. */
    static final int PARTITIONS = 3;

    private E2eBroker() {
    }

    static BrokerProcess start(String name) {
        try {
            Path directory = Path.of("target", "kafka-" + name).toAbsolutePath();
            deleteRecursively(directory);
            Files.createDirectories(directory);
            Path logback = directory.resolve("logback.xml");
            Files.writeString(logback, """
                    <configuration>
                      <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
                      </appender>
                      <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
                      <root level="WARN"><appender-ref ref="OUT"/></root>
                    </configuration>
                    """);
            int port = E2eServices.freePort();
            BrokerProcess broker = BrokerProcess.start(new BrokerLaunch("Kafka broker " + name, directory, directory,
                    configuration(directory.resolve("data"), port, E2eServices.freePort()),
                    System.getProperty("java.class.path"),
                    BrokerLaunch.jvmOptions("-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=" + logback),
                    port, Path.of("target", "e2e-logs").toAbsolutePath().resolve("kafka-" + name + ".log")),
                    Duration.ofSeconds(120));
            // a test JVM stopped before its @AfterAll must not leave a broker behind
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-" + name + "-stop"));
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker " + name, e);
        }
    }

    /** The broker {@code ./beacon run} starts (its committed configuration), on free ports and fresh data. */
    private static List<String> configuration(Path data, int port, int controllerPort) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("log.dirs", data.toString());
        overrides.put("num.partitions", String.valueOf(PARTITIONS));
        overrides.put("offsets.topic.num.partitions", String.valueOf(PARTITIONS));
        return BrokerConfiguration.local(E2eServices.ROOT, port, controllerPort, overrides);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
