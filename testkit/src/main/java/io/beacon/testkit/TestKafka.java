package io.beacon.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.kafka.KafkaContainer;

import java.util.Map;

/**
 * The one place that decides where tests get Kafka from, once per JVM:
 * <ol>
 *   <li>{@code BEACON_TEST_KAFKA_BOOTSTRAP_SERVERS} from the environment (a broker someone else runs);</li>
 *   <li>a Testcontainers broker when a Docker engine answers;</li>
 *   <li>otherwise a real KRaft broker inside this JVM (Apache Kafka's own server).</li>
 * </ol>
 */
public final class TestKafka {

    public static final String ENV_BOOTSTRAP = "BEACON_TEST_KAFKA_BOOTSTRAP_SERVERS";
    private static final Logger log = LoggerFactory.getLogger(TestKafka.class);
    private static String bootstrapServers;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers == null) {
            bootstrapServers = start();
        }
        return bootstrapServers;
    }

    /** Points a Spring test context's Kafka clients (spring-kafka and the Spring Cloud Stream binder) at it. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", TestKafka::bootstrapServers);
    }

    private static String start() {
        String external = System.getenv(ENV_BOOTSTRAP);
        if (external != null && !external.isBlank()) {
            log.info("Tests use the Kafka broker at {} ({})", external, ENV_BOOTSTRAP);
            return external;
        }
        if (DockerAvailability.dockerAvailable()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.2.1");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "test-kafka-stop"));
            log.info("Tests use a Testcontainers Kafka broker at {}", container.getBootstrapServers());
            return container.getBootstrapServers();
        }
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1"));
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "test-kafka-stop"));
        log.info("Tests use an embedded KRaft broker at {}", broker.getBrokersAsString());
        return broker.getBrokersAsString();
    }
}
