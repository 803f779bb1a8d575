package io.beacon.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The postmortem and action item events: JSON round trip, tolerant reading, keys, type names and bounded text. */
class PostmortemContractsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyPostmortemEventRoundTripsAndIsPartitionedByPostmortem() {
        for (PostmortemIntegrationEvent event : PostmortemEvents.all()) {
            String text = json.writeValueAsString(event);
            IntegrationEvent back = json.readValue(text, EventTypes.recordOf(event.eventType()).orElseThrow());
            assertThat(back).as(event.eventType()).isEqualTo(event);
            assertThat(back.partitionKey()).as(event.eventType()).isEqualTo(PostmortemEvents.POSTMORTEM);
            assertThat(text).as("derived values stay off the wire")
                    .doesNotContain("partitionKey", "eventType", "overridden\"");
        }
    }

    @Test
    void aConsumerOnAnOlderVersionReadsPastFieldsItDoesNotKnow() {
        for (PostmortemIntegrationEvent event : PostmortemEvents.all()) {
            ObjectNode tree = (ObjectNode) json.readTree(json.writeValueAsString(event));
            tree.put("addedInAMinorRelease", "anything");
            tree.putObject("nestedNovelty").put("depth", 2);
            IntegrationEvent back = json.readValue(json.writeValueAsString(tree),
                    EventTypes.recordOf(event.eventType()).orElseThrow());
            assertThat(back).as(event.eventType()).isEqualTo(event);
        }
    }

    @Test
    void eachNamesItsOwnVersionedTypeAndEveryRecordHasOne() {
        for (PostmortemIntegrationEvent event : PostmortemEvents.all()) {
            assertThat(EventTypes.recordOf(event.eventType())).as(event.eventType()).contains(event.getClass());
            assertThat(event.eventType()).endsWith(".v" + event.schemaVersion())
                    .startsWith(event instanceof ActionItemIntegrationEvent ? "action-item." : "postmortem.");
        }
        assertThat(PostmortemEvents.all()).extracting(Object::getClass).doesNotHaveDuplicates()
                .containsAll(java.util.List.of(PostmortemIntegrationEvent.class.getPermittedSubclasses()).stream()
                        .filter(Class::isRecord).toList())
                .containsAll(java.util.List.of(ActionItemIntegrationEvent.class.getPermittedSubclasses()));
    }

    @Test
    void theTopicIsVersionedLikeTheOthers() {
        assertThat(Topics.POSTMORTEM_EVENTS).isEqualTo("beacon.postmortem-events.v1");
    }

    @Test
    void freeTextIsCutSoNoRecordOutgrowsTheBroker() {
        String essay = "x".repeat(PostmortemIntegrationEvent.MAX_TEXT * 3);
        ActionItemCompleted c = PostmortemEvents.completed();
        ActionItemCompleted completed = new ActionItemCompleted(c.eventId(), c.occurredAt(), 1, c.postmortemId(),
                c.incidentId(), c.reference(), c.service(), c.severity(), c.actionItemId(), essay, c.owner(),
                c.team(), c.priority(), c.completedBy(), essay, c.dueAt(), c.completedAt(), c.onTime());

        assertThat(completed.note()).hasSize(PostmortemIntegrationEvent.MAX_TEXT).endsWith(BoundedText.MARKER);
        assertThat(completed.title()).hasSize(PostmortemIntegrationEvent.MAX_TITLE).endsWith(BoundedText.MARKER);
        assertThat(json.readValue(json.writeValueAsString(completed), ActionItemCompleted.class))
                .isEqualTo(completed);
    }

    @Test
    void anOverriddenPublicationCarriesTheReasonAndTheFlags() {
        JsonNode tree = json.readTree(json.writeValueAsString(PostmortemEvents.published()));

        assertThat(tree.get("overrideReason").asString()).isEqualTo("quoting the alert's text");
        assertThat(tree.get("overriddenFlags").get(0).get("matched").asString()).isEqualTo("human error");
        assertThat(tree.get("severity").asString()).isEqualTo("SEV1");
        assertThat(PostmortemEvents.published().overridden()).isTrue();
    }
}
