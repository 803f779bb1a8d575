package io.beacon.incident.notification.slack;

import io.beacon.incident.notification.IncidentChannelState;
import io.beacon.incident.notification.IncidentChannels;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static io.beacon.incident.notification.IncidentChannels.INCIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class SlackSummaryRendererTest {

    private final SlackSummaryRenderer renderer = new SlackSummaryRenderer();

    @Test
    void theSummaryShowsWhereTheIncidentStands() {
        IncidentChannelState incident = IncidentChannels.investigating("Payment provider times out",
                "Checkout fails for 30% of EU customers");
        JsonNode blocks = BlockJson.of(renderer.summary(incident));

        assertThat(BlockJson.ofType(blocks, "header")).singleElement().satisfies(header ->
                assertThat(header.at("/text/text").asString()).isEqualTo(":red_circle: INC-42 · checkout-api"));
        assertThat(fields(blocks)).containsExactly(
                "*Service*\ncheckout-api",
                "*Severity*\nSEV1",
                "*Status*\nInvestigating",
                "*Commander*\n<@U0CMD>",
                "*Acknowledged by*\n<@U0ALICE>",
                "*Next update due*\n<!date^" + incident.nextUpdateDueAt().getEpochSecond()
                        + "^{date_short_pretty} {time}|2026-11-22 03:51 UTC>");
        assertThat(BlockJson.texts(blocks))
                .contains("*Latest update · Investigating*\nPayment provider times out\n"
                        + "*Impact:* Checkout fails for 30% of EU customers")
                .anySatisfy(text -> assertThat(text)
                        .contains("<https://runbooks.example.com/checkout-api|:book: Runbook>")
                        .contains("|:mag: Source alert>")
                        .contains("`/api/incidents/" + INCIDENT_ID + "`"));
    }

    @Test
    void aFreshIncidentOffersAcknowledgeUpdateAndResolve() {
        JsonNode blocks = BlockJson.of(renderer.summary(IncidentChannels.triggered()));

        assertThat(buttons(blocks)).containsExactly("incident_acknowledge", "incident_post_update",
                "incident_resolve");
        assertThat(BlockJson.ofType(blocks, "actions").getFirst().get("elements"))
                .allSatisfy(button -> assertThat(button.get("value").asString()).isEqualTo(INCIDENT_ID));
        assertThat(fields(blocks)).contains("*Status*\nTriggered", "*Commander*\nnobody yet",
                "*Acknowledged by*\nnot yet");
    }

    @Test
    void onceAcknowledgedTheAcknowledgeButtonGoesAndOnceResolvedEveryButton() {
        assertThat(buttons(BlockJson.of(renderer.summary(IncidentChannels.investigating("x", null)))))
                .containsExactly("incident_post_update", "incident_resolve");

        JsonNode resolved = BlockJson.of(renderer.summary(IncidentChannels.resolved()));
        assertThat(BlockJson.ofType(resolved, "actions")).isEmpty();
        assertThat(fields(resolved)).contains("*Status*\nResolved").anySatisfy(field ->
                assertThat(field).startsWith("*Resolved by*\n<@U0CMD> at <!date^"));
        assertThat(fields(resolved)).noneMatch(field -> field.startsWith("*Next update due*"));
    }

    @Test
    void tenThousandCharacterTextsStayWithinSlacksLimitsAndShowTheyWereCut() {
        String huge = "word ".repeat(2000);
        IncidentChannelState incident = IncidentChannels.withTexts("svc-" + huge, huge, huge, huge);
        SlackMessage message = renderer.summary(incident);
        JsonNode blocks = BlockJson.of(message);

        assertThat(message.text()).hasSizeLessThanOrEqualTo(3000);
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(BlockJson.ofType(blocks, "header").getFirst().at("/text/text").asString())
                .hasSizeLessThanOrEqualTo(150).endsWith("…");
        for (JsonNode section : BlockJson.ofType(blocks, "section")) {
            if (section.has("text")) {
                assertThat(section.at("/text/text").asString()).hasSizeLessThanOrEqualTo(3000);
            }
            for (JsonNode field : section.path("fields")) {
                assertThat(field.get("text").asString()).hasSizeLessThanOrEqualTo(2000);
            }
        }
        assertThat(BlockJson.texts(blocks)).filteredOn(text -> text.endsWith("…")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void userTextCannotMentionAnybody() {
        String evil = "<!channel> ask <@U0BOSS> & see <https://evil.example|docs>";
        IncidentChannelState incident = IncidentChannels.withTexts("svc <!here>", evil, evil, evil);
        SlackMessage message = renderer.summary(incident);

        List<String> texts = new ArrayList<>(BlockJson.texts(BlockJson.of(message)));
        texts.add(message.text());
        assertThat(texts).noneMatch(text -> text.contains("<!channel>") || text.contains("<@U0BOSS>")
                || text.contains("<!here>") || text.contains("<https://evil"));
        assertThat(texts).anyMatch(text -> text.contains("&lt;!channel&gt; ask &lt;@U0BOSS&gt; &amp; see"));
    }

    private static List<String> fields(JsonNode blocks) {
        List<String> fields = new ArrayList<>();
        for (JsonNode section : BlockJson.ofType(blocks, "section")) {
            section.path("fields").forEach(field -> fields.add(field.get("text").asString()));
        }
        return fields;
    }

    private static List<String> buttons(JsonNode blocks) {
        List<String> ids = new ArrayList<>();
        for (JsonNode actions : BlockJson.ofType(blocks, "actions")) {
            actions.get("elements").forEach(button -> ids.add(button.get("action_id").asString()));
        }
        return ids;
    }
}
