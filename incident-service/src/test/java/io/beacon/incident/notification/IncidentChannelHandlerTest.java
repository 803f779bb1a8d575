package io.beacon.incident.notification;

import io.beacon.incident.api.AllAlertsResolved;
import io.beacon.incident.api.EscalationExhausted;
import io.beacon.incident.api.EscalationTarget;
import io.beacon.incident.api.IncidentReopened;
import io.beacon.incident.api.IncidentResolved;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.ResponderPaged;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.api.StatusUpdateOverdue;
import io.beacon.incident.notification.slack.SlackIncidentNotifier;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.OutboundMessage.Kind;
import io.beacon.slack.OutboundMessage.Priority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.beacon.incident.notification.IncidentChannels.ACKNOWLEDGED_AT;
import static io.beacon.incident.notification.IncidentChannels.INCIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class IncidentChannelHandlerTest {

    private static final String CHANNEL = "incident:" + INCIDENT_ID;
    private static final Instant DUE = ACKNOWLEDGED_AT.plusSeconds(1800);

    private final RecordingSlackOutbox outbox = new RecordingSlackOutbox();
    private final IncidentChannelHandler handler = new IncidentChannelHandler(new InMemoryIncidentChannelStates(),
            new SlackIncidentNotifier(outbox));

    @Test
    void aNewIncidentGetsAReadableChannelWithItsSummaryPinnedBehindThePages() {
        handler.on(IncidentChannels.declared(), 0);

        assertThat(outbox.messages()).extracting(OutboundMessage::key, OutboundMessage::kind,
                        OutboundMessage::address, OutboundMessage::refKey, OutboundMessage::priority)
                .containsExactly(
                        tuple("channel:" + INCIDENT_ID, Kind.CREATE_CHANNEL, CHANNEL, null, Priority.BACKGROUND),
                        tuple("summary:" + INCIDENT_ID, Kind.POST, CHANNEL, null, Priority.BACKGROUND),
                        tuple("summary:" + INCIDENT_ID + ":pin", Kind.PIN, CHANNEL, "summary:" + INCIDENT_ID,
                                Priority.BACKGROUND));
        assertThat(outbox.get("channel:" + INCIDENT_ID).text()).isEqualTo("inc-42-checkout-api");
        assertThat(outbox.get("summary:" + INCIDENT_ID).blocksJson()).contains("incident_acknowledge");
    }

    @Test
    void channelNamesKeepToSlacksRulesWhateverTheServiceIsCalled() {
        assertThat(channelNameFor("Café Zahlungs-Dienst ☕ 決済")).isEqualTo("inc-42-cafe-zahlungs-dienst");
        assertThat(channelNameFor("Zürich Payments")).isEqualTo("inc-42-zurich-payments");
        assertThat(channelNameFor("Checkout.API/v2 (EU)")).isEqualTo("inc-42-checkout-api-v2-eu");
        assertThat(channelNameFor("決済")).isEqualTo("inc-42");

        String long300 = channelNameFor("checkout-" + "a".repeat(291));
        assertThat(long300).hasSizeLessThanOrEqualTo(80).startsWith("inc-42-checkout-aaa").matches("[a-z0-9_-]+");
        assertThat(channelNameFor("a".repeat(72) + "-b")).as("no hyphen left dangling where it was cut")
                .isEqualTo("inc-42-" + "a".repeat(72));
    }

    @Test
    void thePagedResponderAndTheCommanderAreInvited() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(paged(1, "U0ALICE"));
        handler.on(paged(2, null));
        handler.on(IncidentChannels.acknowledged("U0ALICE"), 3);
        handler.on(IncidentChannels.commander("bob@example.com"), 4);

        assertThat(outbox.messages()).filteredOn(m -> m.kind() == Kind.INVITE)
                .extracting(OutboundMessage::key, OutboundMessage::address, OutboundMessage::text)
                .containsExactly(
                        tuple("invite:" + INCIDENT_ID + ":U0ALICE", CHANNEL, "U0ALICE"),
                        tuple("invite:" + INCIDENT_ID + ":bob@example.com", CHANNEL, "bob@example.com"));
    }

    @Test
    void theSummaryIsUpdatedOnEveryChangeUnderItsOwnKey() {
        runTheWholeIncident();

        List<OutboundMessage> updates = outbox.messages().stream().filter(m -> m.kind() == Kind.UPDATE).toList();
        assertThat(updates).extracting(OutboundMessage::key).containsExactly(
                "summary:" + INCIDENT_ID + ":1", "summary:" + INCIDENT_ID + ":2", "summary:" + INCIDENT_ID + ":3",
                "summary:" + INCIDENT_ID + ":4", "summary:" + INCIDENT_ID + ":5", "summary:" + INCIDENT_ID + ":6",
                "summary:" + INCIDENT_ID + ":7");
        assertThat(updates).allSatisfy(update -> {
            assertThat(update.refKey()).isEqualTo("summary:" + INCIDENT_ID);
            assertThat(update.address()).isEqualTo(CHANNEL);
            assertThat(update.priority()).isEqualTo(Priority.NORMAL);
        });
        assertThat(updates.get(0).text()).contains("Acknowledged");
        assertThat(updates.get(1).blocksJson()).contains("<@U0CMD>");
        assertThat(updates.get(2).text()).contains("SEV1");
        assertThat(updates.get(3).blocksJson()).contains("Payment provider times out");
        assertThat(updates.get(4).blocksJson()).contains("1 missed");
        assertThat(updates.get(5).text()).contains("Resolved");
        assertThat(updates.get(5).blocksJson()).doesNotContain("incident_resolve");
        assertThat(updates.get(6).text()).contains("Investigating");
        assertThat(updates.get(6).blocksJson()).contains("incident_resolve");
    }

    @Test
    void redeliveredEventsEnqueueNothingNew() {
        runTheWholeIncident();
        List<String> keys = outbox.keys();

        runTheWholeIncident();

        assertThat(outbox.keys()).isEqualTo(keys);
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void aStatusUpdateGoesToTheIncidentChannelAndToStakeholders() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(IncidentChannels.update(1, StatusLabel.INVESTIGATING, "Payment provider times out",
                "Checkout fails for 30% of EU customers"), 5);

        OutboundMessage inChannel = outbox.get("status:" + INCIDENT_ID + ":1");
        OutboundMessage broadcast = outbox.get("status:" + INCIDENT_ID + ":1:broadcast");
        assertThat(inChannel.address()).isEqualTo(CHANNEL);
        assertThat(inChannel.fallbacks()).isEmpty();
        assertThat(broadcast.address()).isEqualTo("C0STATUS");
        assertThat(broadcast.fallbacks()).containsExactly("C0PAYMENTS");
        assertThat(inChannel.text()).startsWith(":large_yellow_circle: *Investigating* · INC-42 checkout-api (SEV1)")
                .contains("Payment provider times out");
        assertThat(broadcast.blocksJson()).isEqualTo(inChannel.blocksJson())
                .contains("Checkout fails for 30% of EU customers").contains("Roll back release 812")
                .contains("<@U0CMD>").contains("Next update <!date^");
    }

    @Test
    void aLateUpdateNudgesTheCommanderAndFromTheSecondMissTellsTheEscalationContact() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(IncidentChannels.commander("U0CMD"), 1);
        handler.on(overdue(1, null), 2);
        handler.on(overdue(2, EscalationTarget.user("U0LEAD")), 3);

        String nudge = "nudge:" + INCIDENT_ID + ":" + DUE.getEpochSecond();
        assertThat(outbox.keys()).filteredOn(key -> key.startsWith("nudge:"))
                .containsExactly(nudge + ":1", nudge + ":2", nudge + ":2:escalation");
        assertThat(outbox.get(nudge + ":1").address()).isEqualTo(CHANNEL);
        assertThat(outbox.get(nudge + ":1").text()).startsWith(":alarm_clock: <@U0CMD> the update promised for <!date^"
                + DUE.getEpochSecond()).contains("is late; post one with `/incident update` or the button");
        OutboundMessage escalation = outbox.get(nudge + ":2:escalation");
        assertThat(escalation.address()).isEqualTo("user:U0LEAD");
        assertThat(escalation.fallbacks()).containsExactly("C0PAYMENTS");
        assertThat(escalation.text()).contains("INC-42").contains("<@U0CMD> has missed 2 status updates");
    }

    @Test
    void whenTheEscalationContactIsTheCommanderTheTeamChannelIsAlertedInstead() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(IncidentChannels.commander("U0LEAD"), 1);
        handler.on(overdue(2, EscalationTarget.user("U0LEAD")), 2);

        OutboundMessage escalation = outbox.get("nudge:" + INCIDENT_ID + ":" + DUE.getEpochSecond() + ":2:escalation");
        assertThat(escalation.address()).isEqualTo("C0PAYMENTS");
        assertThat(escalation.text()).startsWith(":rotating_light: <!here>").contains("<@U0LEAD> has missed 2");
    }

    @Test
    void missedUpdatesGoToWhicheverContactThePolicyNames() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(IncidentChannels.commander("cmd@example.com"), 1);
        handler.on(overdue(2, EscalationTarget.onCall()), 2);
        handler.on(overdue(3, EscalationTarget.channel("C0INCIDENTS")), 3);
        handler.on(overdue(4, EscalationTarget.user("lead@example.com")), 4);

        String nudge = "nudge:" + INCIDENT_ID + ":" + DUE.getEpochSecond();
        OutboundMessage onCall = outbox.get(nudge + ":2:escalation");
        assertThat(onCall.address()).isEqualTo("C0PAYMENTS");
        assertThat(onCall.text()).startsWith(":rotating_light: <!here>")
                .contains("<beacon-user:cmd@example.com> has missed 2");
        assertThat(outbox.get(nudge + ":3:escalation")).extracting(OutboundMessage::address,
                OutboundMessage::fallbacks).containsExactly("C0INCIDENTS", List.of("C0PAYMENTS"));
        OutboundMessage byEmail = outbox.get(nudge + ":4:escalation");
        assertThat(byEmail.address()).isEqualTo("C0PAYMENTS");
        assertThat(byEmail.text()).contains("<beacon-user:lead@example.com>");
    }

    @Test
    void noticesTellTheCommanderWhatChangedWithoutThem() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(IncidentChannels.commander("U0CMD"), 1);
        handler.on(new SeverityChanged(INCIDENT_ID, IncidentSeverity.SEV3, IncidentSeverity.SEV1, null,
                "alert CheckoutDown <!channel> is SEV1", "U0CMD", at(10)), 2);
        handler.on(new SeverityChanged(INCIDENT_ID, IncidentSeverity.SEV1, IncidentSeverity.SEV2, "U0CMD",
                "calmer", "U0CMD", at(20)), 3);
        handler.on(new AllAlertsResolved(INCIDENT_ID, 2, "U0CMD", at(30)));
        handler.on(new EscalationExhausted(INCIDENT_ID, 4, "C0PAYMENTS", at(40)));
        handler.on(new IncidentResolved(INCIDENT_ID, "checkout-api", "U0CMD", "Rolled back", at(50)), 4);
        handler.on(new IncidentReopened(INCIDENT_ID, "checkout-api", "U0CMD", "Errors are back", at(90),
                at(60)), 5);

        List<OutboundMessage> notices = outbox.messages().stream().filter(m -> m.key().startsWith("notice:"))
                .toList();
        assertThat(notices).extracting(OutboundMessage::address).containsExactly(CHANNEL, CHANNEL, "C0PAYMENTS",
                CHANNEL, CHANNEL);
        assertThat(notices.get(0).text()).startsWith(":arrow_double_up: <@U0CMD> an alert raised the severity")
                .contains("SEV3 to SEV1").contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(notices.get(1).text()).isEqualTo(
                ":large_green_circle: <@U0CMD> every alert has resolved (2) — resolve the incident if it is over");
        assertThat(notices.get(2).text()).startsWith(":rotating_light: <!here> nobody has acknowledged INC-42");
        assertThat(notices.get(3).text()).startsWith(":white_check_mark: INC-42 resolved by <@U0CMD>");
        assertThat(notices.get(4).text()).startsWith(":arrows_counterclockwise: INC-42 reopened by <@U0CMD>: "
                + "Errors are back");
    }

    @Test
    void incidentsDeclaredBeforeTheHandlerRanSayNothing() {
        handler.on(paged(1, "U0ALICE"));
        handler.on(IncidentChannels.commander("U0CMD"), 3);
        handler.on(IncidentChannels.update(1, StatusLabel.INVESTIGATING, "x", null), 4);
        handler.on(new AllAlertsResolved(INCIDENT_ID, 2, "U0CMD", at(30)));

        assertThat(outbox.messages()).isEmpty();
    }

    private void runTheWholeIncident() {
        handler.on(IncidentChannels.declared(), 0);
        handler.on(paged(1, "U0ALICE"));
        handler.on(IncidentChannels.acknowledged("U0ALICE"), 2);
        handler.on(IncidentChannels.commander("U0CMD"), 3);
        handler.on(new SeverityChanged(INCIDENT_ID, IncidentSeverity.SEV2, IncidentSeverity.SEV1, null,
                "alert is SEV1", "U0CMD", at(5)), 4);
        handler.on(IncidentChannels.update(1, StatusLabel.INVESTIGATING, "Payment provider times out", null), 5);
        handler.on(overdue(1, null), 6);
        handler.on(new IncidentResolved(INCIDENT_ID, "checkout-api", "U0CMD", "Rolled back", at(50)), 7);
        handler.on(new IncidentReopened(INCIDENT_ID, "checkout-api", "U0CMD", "Back", at(90), at(60)), 8);
    }

    private String channelNameFor(String service) {
        RecordingSlackOutbox own = new RecordingSlackOutbox();
        new IncidentChannelHandler(new InMemoryIncidentChannelStates(), new SlackIncidentNotifier(own))
                .on(IncidentChannels.declared(service, null), 0);
        String name = own.get("channel:" + INCIDENT_ID).text();
        assertThat(name).hasSizeLessThanOrEqualTo(80).matches("[a-z0-9_-]+");
        return name;
    }

    private static ResponderPaged paged(int step, String responder) {
        ResponderPaged page = Pages.paged(step, responder);
        return new ResponderPaged(INCIDENT_ID, step, page.level(), page.round(), responder, page.channel(),
                page.fallbacks(), page.brief(), page.pagedAt());
    }

    private static StatusUpdateOverdue overdue(int missed, EscalationTarget contact) {
        return new StatusUpdateOverdue(INCIDENT_ID, DUE, missed, null, contact, "C0PAYMENTS",
                DUE.plusSeconds(1800L * missed), DUE.plusSeconds(1800L * (missed - 1)));
    }

    private static Instant at(int minutes) {
        return ACKNOWLEDGED_AT.plusSeconds(60L * minutes);
    }
}
