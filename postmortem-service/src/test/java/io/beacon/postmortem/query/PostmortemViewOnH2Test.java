package io.beacon.postmortem.query;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.postmortem.postmortem.EditPostmortem;
import io.beacon.postmortem.postmortem.PostmortemDrafting;
import io.beacon.postmortem.postmortem.PostmortemSections;
import io.beacon.testkit.TestKafka;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run's database: H2's own migrations (blob event store, the view's document column) validate against
 * the entities, and a postmortem goes through the event store into the view.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:postmortem-h2;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.cloud.stream.bindings.incidentEvents-in-0.group=postmortem-h2-test"})
class PostmortemViewOnH2Test {

    @Autowired
    CommandGateway commands;
    @Autowired
    PostmortemDrafting drafting;
    @Autowired
    PostmortemViewRepository views;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TestKafka.register(registry);
    }

    @Test
    void aDraftAndAnEditReachTheViewOnH2() {
        Instant resolvedAt = Instant.parse("2026-11-22T04:00:00Z");
        String incidentId = UUID.randomUUID().toString();
        IncidentResolved resolved = new IncidentResolved(UUID.randomUUID(), resolvedAt, 2, incidentId, "search-api",
                "INC-3", 3, "Search slow", IncidentSeverity.SEV3, null, null, "U0DAVE",
                resolvedAt.minusSeconds(600), null, null, resolvedAt, null, null, Duration.ofSeconds(600), null,
                null);
        String id = "postmortem-" + incidentId;
        commands.sendAndWait(drafting.draftFor(resolved, resolvedAt));
        commands.sendAndWait(new EditPostmortem(id, new PostmortemSections("Slow for ten minutes", null, null,
                List.of("Why? A cold cache"), null, null), "dave", resolvedAt.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(30)).until(() -> views.findById(id)
                .filter(row -> row.getDocument().contains("Slow for ten minutes")).isPresent());
        PostmortemViewRow row = views.findById(id).orElseThrow();
        assertThat(row.getOwner()).as("no commander: whoever resolved it").isEqualTo("U0DAVE");
        assertThat(row.isMandatory()).isFalse();
        assertThat(row.getPublishDueAt()).isEqualTo(resolvedAt.plus(Duration.ofHours(72)));
    }
}
