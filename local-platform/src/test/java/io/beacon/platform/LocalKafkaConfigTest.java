package io.beacon.platform;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The broker `./beacon run` starts: local-platform/kafka/server.properties. */
class LocalKafkaConfigTest {

    @Test
    void singleKraftNodeOnLoopbackWithTheControllerOffAlertmanagersPort() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Repo.LOCAL_KAFKA)) {
            p.load(r);
        }
        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("listeners"))
                .contains("PLAINTEXT://127.0.0.1:9092")
                .contains("CONTROLLER://127.0.0.1:9094")
                .doesNotContain(":9093");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo(p.getProperty("node.id") + "@127.0.0.1:9094");
        assertThat(p.getProperty("log.dirs")).startsWith(".beacon/kafka/");
        assertThat(p).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("broker.session.timeout.ms", "2000")
                .containsEntry("broker.heartbeat.interval.ms", "500");
    }
}
