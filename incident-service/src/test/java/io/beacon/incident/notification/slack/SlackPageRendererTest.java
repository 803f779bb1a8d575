package io.beacon.incident.notification.slack;

import io.beacon.incident.api.SloContext;
import io.beacon.incident.notification.Page;
import io.beacon.incident.notification.Pages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static io.beacon.incident.notification.Pages.INCIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

class SlackPageRendererTest {

    private static final SlackResponder ALICE = SlackResponder.of("U0ALICE");
    private final SlackPageRenderer renderer = new SlackPageRenderer();

    @Test
    void aPageSaysWhatIsBurningAndWhoIsOnCall() {
        JsonNode blocks = BlockJson.of(renderer.page(Pages.page(), ALICE));

        assertThat(BlockJson.ofType(blocks, "header")).singleElement().satisfies(header -> {
            assertThat(header.at("/text/type").asString()).isEqualTo("plain_text");
            assertThat(header.at("/text/text").asString()).contains("SEV1").contains("checkout-api");
        });
        assertThat(BlockJson.texts(blocks)).contains("Checkout error budget burning 14.4x",
                "5xx ratio above 1.44% for 1h");
        assertThat(fields(blocks)).containsExactly(
                "*On call*\n<@U0ALICE>",
                "*Severity*\nSEV1 (page)",
                "*SLO*\nrequests-availability",
                "*Burn rate*\n14.4×",
                "*Window*\n1h long / 5m short",
                "*Budget exhausted in*\n2d");
    }

    @Test
    void aPageOffersAcknowledgePostUpdateAndResolveForTheIncident() {
        JsonNode blocks = BlockJson.of(renderer.page(Pages.page(), ALICE));

        JsonNode actions = BlockJson.ofType(blocks, "actions").getFirst();
        assertThat(actions.get("elements")).hasSize(3);
        JsonNode acknowledge = actions.get("elements").get(0);
        assertThat(acknowledge.get("type").asString()).isEqualTo("button");
        assertThat(acknowledge.get("action_id").asString()).isEqualTo("incident_acknowledge");
        assertThat(acknowledge.get("value").asString()).isEqualTo(INCIDENT_ID);
        assertThat(acknowledge.get("style").asString()).isEqualTo("primary");
        assertThat(acknowledge.at("/text/text").asString()).isEqualTo("Acknowledge");
        assertThat(actions.get("elements").valueStream().map(b -> b.get("action_id").asString()))
                .containsExactly("incident_acknowledge", "incident_post_update", "incident_resolve");
        assertThat(actions.get("elements").valueStream().map(b -> b.get("value").asString()))
                .containsOnly(INCIDENT_ID);
    }

    @Test
    void theRunbookAndTheSourceAreLinked() {
        JsonNode blocks = BlockJson.of(renderer.page(Pages.page(), ALICE));

        assertThat(BlockJson.texts(blocks)).anySatisfy(text -> assertThat(text)
                .contains("<https://runbooks.example.com/checkout-api|:book: Runbook>")
                .contains("<http://prometheus:9090/graph?g0.expr=rate&amp;g0.tab=1|:mag: Source alert>"));
    }

    @Test
    void theNotificationMentionsTheResponder() {
        SlackMessage message = renderer.page(Pages.page(), ALICE);

        assertThat(message.text()).startsWith("<@U0ALICE> INC-42 SEV1 checkout-api: Checkout error budget burning");
    }

    @Test
    void aResponderKnownByEmailIsMentionedThroughAPlaceholderTheOutboxResolves() {
        SlackMessage message = renderer.page(Pages.page(), SlackResponder.of("bob@example.com"));

        assertThat(message.text()).startsWith("<beacon-user:bob@example.com> INC-42");
        assertThat(fields(BlockJson.of(message))).contains("*On call*\n<beacon-user:bob@example.com>");
    }

    @Test
    void aChannelPagedAsAWholeIsAlerted() {
        SlackMessage message = renderer.page(Pages.page((String) null), SlackResponder.of(null));

        assertThat(message.text()).startsWith("<!here> INC-42");
    }

    @Test
    void withoutSloDetailsOnlyWhatIsKnownIsShown() {
        Page page = Pages.page(Pages.trigger("Disk full", null, null, null));

        JsonNode blocks = BlockJson.of(renderer.page(page, ALICE));

        assertThat(fields(blocks)).containsExactly("*On call*\n<@U0ALICE>", "*Severity*\nSEV1 (page)");
        assertThat(BlockJson.texts(blocks)).noneMatch(text -> text.contains("Runbook"));
    }

    @Test
    void partialSloDetailsShowOnlyTheirFields() {
        Page page = Pages.page(Pages.trigger("Burn", null, new SloContext("pyrra", null, 6.0, "6h", null, null),
                null));

        assertThat(fields(BlockJson.of(renderer.page(page, ALICE))))
                .containsExactly("*On call*\n<@U0ALICE>", "*Severity*\nSEV1 (page)", "*Burn rate*\n6×",
                        "*Window*\n6h long");
    }

    @Test
    void alertTextCanNeitherMentionNorLink() {
        String attack = "<!channel> <@U0BOSS> <https://evil.example.com|runbook> & more";
        Page page = Pages.page(Pages.trigger(attack, attack,
                new SloContext("sloth", attack, 14.4, attack, attack, attack), "javascript:alert(1)"));

        SlackMessage message = renderer.page(page, ALICE);
        String json = BlockJson.of(message).toString();

        assertThat(json).doesNotContain("<!channel>").doesNotContain("<@U0BOSS>").doesNotContain("<https://evil")
                .doesNotContain("<javascript").contains("&lt;!channel&gt;").contains("&amp; more");
        assertThat(message.text()).doesNotContain("<!channel>").doesNotContain("<@U0BOSS>")
                .contains("&lt;!channel&gt;");
        assertThat(BlockJson.texts(BlockJson.of(message))).anySatisfy(text ->
                assertThat(text).startsWith("Runbook: javascript:alert(1)   <http://prometheus:9090/"));
    }

    @Test
    void mrkdwnCarryingAlertTextIsVerbatim() {
        JsonNode blocks = BlockJson.of(renderer.page(Pages.page(), ALICE));

        JsonNode fields = BlockJson.ofType(blocks, "section").stream().filter(s -> s.has("fields")).findFirst()
                .orElseThrow().get("fields");
        assertThat(fields).allSatisfy(field -> {
            assertThat(field.get("type").asString()).isEqualTo("mrkdwn");
            assertThat(field.get("verbatim").asBoolean()).isTrue();
        });
    }

    @Test
    void longAlertTextStaysWithinSlackLimits() {
        String longService = "s".repeat(300);
        String longText = "<".repeat(5000);
        Page page = Page.of(new io.beacon.incident.api.ResponderPaged(INCIDENT_ID, 1, 1, 1, "U0ALICE", "C0PAY",
                null, new io.beacon.incident.api.IncidentBrief(7, longService, longText,
                io.beacon.incident.api.IncidentSeverity.SEV2, Pages.trigger(longText, longText, null, null),
                Pages.DECLARED_AT), Pages.DECLARED_AT));

        SlackMessage message = renderer.page(page, ALICE);
        JsonNode blocks = BlockJson.of(message);

        assertThat(BlockJson.ofType(blocks, "header").getFirst().at("/text/text").asString()).hasSizeLessThanOrEqualTo(150);
        assertThat(BlockJson.texts(blocks)).allSatisfy(text -> assertThat(text).hasSizeLessThanOrEqualTo(3000));
        assertThat(BlockJson.texts(blocks)).anySatisfy(text -> assertThat(text).endsWith("&lt;…"));
        assertThat(message.text()).hasSizeLessThanOrEqualTo(3000);
    }

    @Test
    void anAcknowledgedPageSaysWhoAndWhenAndOffersNoButton() {
        SlackMessage message = renderer.acknowledged(Pages.page(), "U0BOB",
                Instant.parse("2026-11-22T03:14:59Z"));
        JsonNode blocks = BlockJson.of(message);

        assertThat(BlockJson.ofType(blocks, "actions")).isEmpty();
        assertThat(blocks.toString()).doesNotContain("incident_acknowledge");
        assertThat(BlockJson.texts(blocks)).anySatisfy(text ->
                assertThat(text).contains("Acknowledged by <@U0BOB> at <!date^1795317299^{date_short_pretty} {time}|2026-11-22 03:14 UTC>"));
        assertThat(message.text()).startsWith("Acknowledged by <@U0BOB> at <!date^1795317299^{date_short_pretty} {time}|2026-11-22 03:14 UTC>");
    }

    @Test
    void anAcknowledgerWhoIsNotASlackUserIsNotMentioned() {
        SlackMessage message = renderer.acknowledged(Pages.page(), "<!channel>",
                Instant.parse("2026-11-22T03:14:00Z"));

        assertThat(message.text()).startsWith("Acknowledged by &lt;!channel&gt; at <!date^");
    }

    @Test
    void burnRatesReadLikeMultipliers() {
        assertThat(SlackPageRenderer.burnRate(14.4)).isEqualTo("14.4×");
        assertThat(SlackPageRenderer.burnRate(6.0)).isEqualTo("6×");
        assertThat(SlackPageRenderer.burnRate(1.23456)).isEqualTo("1.23×");
    }

    private static List<String> fields(JsonNode blocks) {
        return BlockJson.ofType(blocks, "section").stream().filter(section -> section.has("fields"))
                .flatMap(section -> section.get("fields").valueStream())
                .map(field -> field.get("text").asString())
                .toList();
    }
}
