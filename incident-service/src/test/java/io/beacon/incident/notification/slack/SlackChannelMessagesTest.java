package io.beacon.incident.notification.slack;

import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.api.StatusUpdatePosted;
import io.beacon.incident.notification.IncidentChannelState;
import io.beacon.incident.notification.IncidentChannels;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Status updates, nudges and notices as Slack shows them. */
class SlackChannelMessagesTest {

    private static final IncidentChannelState INCIDENT = IncidentChannels.investigating("x", null);
    private final SlackStatusUpdateRenderer updates = new SlackStatusUpdateRenderer();
    private final SlackNoticeRenderer notices = new SlackNoticeRenderer();

    @Test
    void aStatusUpdateSaysLabelIncidentSummaryImpactNextStepCommanderAndWhenTheNextComes() {
        StatusUpdatePosted update = IncidentChannels.update(2, StatusLabel.IDENTIFIED, "Bad config in release 812",
                "EU checkout down");
        SlackMessage message = updates.statusUpdate(INCIDENT, update);

        assertThat(BlockJson.texts(BlockJson.of(message))).containsExactly(
                ":large_orange_circle: *Identified* · INC-42 checkout-api (SEV1)",
                "Bad config in release 812",
                "*Impact:* EU checkout down",
                "*Next step:* Roll back release 812",
                "Commander: <@U0CMD> · Next update " + SlackDates.format(update.nextUpdateDueAt()));
        assertThat(message.text()).isEqualTo(
                ":large_orange_circle: *Identified* · INC-42 checkout-api (SEV1): Bad config in release 812");
    }

    @Test
    void aResolvingUpdatePromisesNoNextOne() {
        SlackMessage message = updates.statusUpdate(INCIDENT,
                IncidentChannels.update(3, StatusLabel.RESOLVED, "Rolled back", null));

        assertThat(message.text()).startsWith(":large_green_circle: *Resolved* · INC-42");
        assertThat(BlockJson.texts(BlockJson.of(message))).last().isEqualTo("Commander: <@U0CMD>");
    }

    @Test
    void tenThousandCharacterUpdatesStayWithinSlacksLimits() {
        String huge = "<!channel> " + "x".repeat(10_000);
        SlackMessage message = updates.statusUpdate(INCIDENT,
                IncidentChannels.update(1, StatusLabel.INVESTIGATING, huge, huge));
        JsonNode blocks = BlockJson.of(message);

        assertThat(message.text()).hasSizeLessThanOrEqualTo(3000).endsWith("…");
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(BlockJson.texts(blocks)).allSatisfy(text -> assertThat(text).hasSizeLessThanOrEqualTo(3000)
                .doesNotContain("<!channel>"));
        assertThat(BlockJson.texts(blocks)).filteredOn(text -> text.endsWith("…")).hasSize(2);
        assertThat(BlockJson.texts(blocks)).last().asString().contains("Next update");
    }

    @Test
    void userTextInUpdatesAndNoticesCannotMentionAnybody() {
        String evil = "<!channel> <@U0BOSS> <!subteam^S1>";
        List<String> texts = new ArrayList<>();
        SlackMessage update = updates.statusUpdate(INCIDENT,
                new StatusUpdatePosted(INCIDENT.incidentId(), 1, StatusLabel.MONITORING, evil, evil, evil,
                        "U0CMD", "U0CMD", Instant.parse("2026-11-22T04:00:00Z"), "C0STATUS",
                        Instant.parse("2026-11-22T03:30:00Z")));
        SlackMessage resolved = notices.resolved(INCIDENT, new IncidentResolved(INCIDENT.incidentId(),
                "checkout-api", "<!everyone>", evil, Instant.parse("2026-11-22T05:00:00Z")));
        for (SlackMessage message : List.of(update, resolved)) {
            texts.add(message.text());
            texts.addAll(BlockJson.texts(BlockJson.of(message)));
        }

        assertThat(texts).noneMatch(text -> text.contains("<!channel>") || text.contains("<@U0BOSS>")
                || text.contains("<!subteam") || text.contains("<!everyone>"));
        assertThat(texts).anyMatch(text -> text.contains("&lt;!channel&gt; &lt;@U0BOSS&gt;"));
    }

    @Test
    void aNudgeMentionsTheCommanderAndSaysHowManyWereMissed() {
        Instant due = Instant.parse("2026-11-22T03:41:00Z");
        SlackMessage nudge = notices.nudge(INCIDENT, new StatusUpdateOverdue(INCIDENT.incidentId(), due, 3,
                "ic@example.com", null, "C0PAYMENTS", due.plusSeconds(5400), due.plusSeconds(3600)));

        assertThat(nudge.text()).isEqualTo(":alarm_clock: <beacon-user:ic@example.com> the update promised for "
                + SlackDates.format(due) + " is late; post one with `/incident update` or the button on the pinned"
                + " summary (3 missed in a row)");
    }

    @Test
    void withoutACommanderTheNudgeAlertsTheChannel() {
        Instant due = Instant.parse("2026-11-22T03:41:00Z");
        SlackMessage nudge = notices.nudge(IncidentChannels.triggered(), new StatusUpdateOverdue(
                INCIDENT.incidentId(), due, 1, null, null, "C0PAYMENTS", due.plusSeconds(1800), due));

        assertThat(nudge.text()).startsWith(":alarm_clock: <!here> the update promised for");
    }
}
