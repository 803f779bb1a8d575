package io.beacon.postmortem.publishing;

import io.beacon.postmortem.postmortem.BlamelessFlag;
import io.beacon.postmortem.postmortem.IncidentFacts;
import io.beacon.postmortem.postmortem.PostmortemDrafted;
import io.beacon.postmortem.postmortem.PostmortemPublished;
import io.beacon.testkit.TestKafka;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A send Kafka does not acknowledge fails the handler, so the processor rolls back and retries the event instead of
 * skipping it, whether the failure is immediate (no broker) or comes later (the broker refuses the record); and a
 * retried event keeps its id.
 */
class PostmortemEventPublisherTest {

    private final List<DefaultKafkaProducerFactory<String, String>> producers = new ArrayList<>();

    @AfterEach
    void closeProducers() {
        producers.forEach(DefaultKafkaProducerFactory::destroy);
    }

    @Test
    void withNoBrokerTheHandlerFails() {
        PostmortemEventPublisher publisher = publisher(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500));

        assertThatThrownBy(() -> publisher.on(drafted("postmortem-" + UUID.randomUUID()),
                UUID.randomUUID().toString(), Instant.now()))
                .as("the failure reaches the processor").hasRootCauseInstanceOf(TimeoutException.class);
    }

    @Test
    void aRecordTheBrokerRefusesAfterTheSendFailsTheHandler() throws Exception {
        // the producer lets a big record go; the broker (1 MB per message by default) answers with an error later
        PostmortemEventPublisher publisher = publisher(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
        String postmortemId = "postmortem-" + UUID.randomUUID();
        publisher.on(drafted(postmortemId), UUID.randomUUID().toString(), Instant.now());
        List<BlamelessFlag> flags = IntStream.range(0, 800).mapToObj(i -> new BlamelessFlag("contributingFactors[0]",
                "x".repeat(999), "y".repeat(999))).toList();

        assertThatThrownBy(() -> publisher.on(new PostmortemPublished(postmortemId, "U0ALICE", Instant.now(),
                "quoting", flags), UUID.randomUUID().toString(), Instant.now()))
                .as("the broker's refusal reaches the processor").hasRootCauseInstanceOf(RecordTooLargeException.class);
    }

    private PostmortemEventPublisher publisher(Map<String, Object> settings) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(config);
        producers.add(factory);
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:outbound-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V9__outbound_postmortem_facts.sql"))
                .execute(database);
        return new PostmortemEventPublisher(new KafkaTemplate<>(factory), JsonMapper.builder().build(),
                new OutboundFacts(JdbcClient.create(database)), null);
    }

    @Test
    void aRetriedEventKeepsItsId() {
        String axonId = UUID.randomUUID().toString();

        assertThat(PostmortemEventPublisher.eventId(axonId)).isEqualTo(UUID.fromString(axonId));
        assertThat(PostmortemEventPublisher.eventId("not-a-uuid"))
                .isEqualTo(PostmortemEventPublisher.eventId("not-a-uuid"))
                .isNotEqualTo(PostmortemEventPublisher.eventId("another"));
    }

    private static PostmortemDrafted drafted(String postmortemId) {
        Instant now = Instant.now();
        IncidentFacts facts = new IncidentFacts("i-1", "INC-1", 1, "checkout-api", "Checkout down", "SEV1",
                "U0ALICE", "U0ALICE", null, now.minusSeconds(60), null, null, now, null, null,
                Duration.ofMinutes(1), null, null);
        return new PostmortemDrafted(postmortemId, facts, "U0ALICE", true, now.plusSeconds(3600), now, List.of());
    }
}
