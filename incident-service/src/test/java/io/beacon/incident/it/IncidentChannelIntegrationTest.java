package io.beacon.incident.it;

import io.beacon.incident.api.AssignCommander;
import io.beacon.incident.api.DeclareIncident;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.PostStatusUpdate;
import io.beacon.incident.api.ResolveIncident;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.notification.RecordingSlackOutbox;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.OutboundMessage.Kind;
import io.beacon.slack.SlackOutbox;
import io.beacon.testkit.TestKafka;
import io.beacon.testkit.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The incident channel end to end on PostgreSQL and Kafka: commands in, the channel, its pinned summary, invitations,
 * status updates and summary updates out through the Slack outbox (a recording one stands in for it here).
 */
@SpringBootTest
class IncidentChannelIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    RecordingSlackOutbox outbox;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase("incident_channel_it").register(registry);
        TestKafka.register(registry);
        registry.add("beacon.oncall.file", () -> "classpath:channel-oncall.yml");
    }

    @TestConfiguration
    static class RecordingOutbox {

        @Bean
        @Primary
        RecordingSlackOutbox recordingSlackOutbox() {
            return new RecordingSlackOutbox();
        }
    }

    @Test
    void anIncidentGetsItsChannelSummaryInvitationsAndStatusUpdates() {
        String service = "Checkout API " + UUID.randomUUID().toString().substring(0, 8);
        String id = commands.sendAndWait(DeclareIncident.forService(service, "Checkout failing <!channel>",
                IncidentSeverity.SEV2, "U0ALICE"));
        String channel = OutboundMessage.subjectChannel(id);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outbox.keys())
                .contains("channel:" + id, "summary:" + id, "summary:" + id + ":pin", "invite:" + id + ":U0ALICE"));
        assertThat(outbox.get("channel:" + id).text()).isEqualTo("inc-" + number(id) + "-" + service.toLowerCase()
                .replace(' ', '-'));
        assertThat(outbox.get("summary:" + id + ":pin").refKey()).isEqualTo("summary:" + id);
        assertThat(outbox.get("summary:" + id).blocksJson()).contains("incident_acknowledge")
                .doesNotContain("<!channel>");

        commands.sendAndWait(new AssignCommander(id, "U0CMD", "U0ALICE"));
        commands.sendAndWait(new PostStatusUpdate(id, StatusLabel.INVESTIGATING, "Payment provider times out",
                "EU checkout fails", "Fail over to the second provider", null, "U0CMD"));
        commands.sendAndWait(new ResolveIncident(id, "U0CMD", "Failed over"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outbox.keys())
                .contains("status:" + id + ":1", "status:" + id + ":1:broadcast")
                .anyMatch(key -> key.startsWith("notice:" + id + ":resolved:")));
        assertThat(outbox.get("invite:" + id + ":U0CMD").address()).isEqualTo(channel);
        assertThat(outbox.get("status:" + id + ":1")).extracting(OutboundMessage::address, OutboundMessage::kind)
                .containsExactly(channel, Kind.POST);
        assertThat(outbox.get("status:" + id + ":1:broadcast"))
                .extracting(OutboundMessage::address, OutboundMessage::fallbacks)
                .containsExactly("C0STATUS", java.util.List.of("C0PAYMENTS"));
        assertThat(outbox.get("status:" + id + ":1").text()).startsWith(":large_yellow_circle: *Investigating* · INC-"
                + number(id));
        // commander, acknowledged (by posting), status update, resolved
        assertThat(outbox.forIncident(id))
                .filteredOn(m -> m.kind() == Kind.UPDATE && m.key().startsWith("summary:"))
                .extracting(OutboundMessage::key, OutboundMessage::refKey)
                .containsExactly(tuple("summary:" + id + ":1", "summary:" + id),
                        tuple("summary:" + id + ":2", "summary:" + id),
                        tuple("summary:" + id + ":3", "summary:" + id),
                        tuple("summary:" + id + ":4", "summary:" + id));
        OutboundMessage last = outbox.get("summary:" + id + ":4");
        assertThat(last.text()).contains("Resolved");
        assertThat(last.blocksJson()).contains("Payment provider times out").doesNotContain("incident_resolve");
        assertThat(jdbc.queryForObject("select status from incident_channel_state where incident_id = ?",
                String.class, id)).isEqualTo("RESOLVED");
    }

    private long number(String id) {
        return jdbc.queryForObject("select incident_number from incident_channel_state where incident_id = ?",
                Long.class, id);
    }
}
