package io.beacon.incident.notification.slack;

import com.slack.api.Slack;
import io.beacon.incident.notification.Page;
import io.beacon.incident.notification.PageReceipt;
import io.beacon.incident.notification.Pages;
import io.beacon.incident.oncall.OnCallAssignment;
import io.beacon.testkit.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Slack adapter through the real SDK over real HTTP, against the Slack stand-in. */
class SlackIncidentPagerStandInTest {

    private static final String TOKEN = "xoxb-test-token";
    private static final Instant ACKNOWLEDGED_AT = Instant.parse("2026-11-22T03:14:30Z");

    private final SlackStandIn standIn = SlackStandIn.start();
    private final Slack slack = SlackWebApi.connect(standIn.apiUrl());
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final SlackIncidentPager pager = new SlackIncidentPager(slack.methods(TOKEN), new SlackPageRenderer(),
            new SlackRateLimitRetry(3, Duration.ofSeconds(30), waits::add));

    @AfterEach
    void stop() throws Exception {
        slack.close();
        standIn.close();
    }

    @Test
    void thePageArrivesInTheTeamChannelMentioningTheResponderWithAnAcknowledgeButton() {
        Page page = Pages.page(Pages.trigger("Error budget burn <!channel> on checkout-api", "<@U0BOSS> look",
                Pages.BURNING_FAST, "https://runbooks.example.com/checkout-api"));

        PageReceipt receipt = pager.page(page);

        SlackStandIn.Call posted = single("chat.postMessage");
        assertThat(posted.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(posted.param("channel")).isEqualTo("C0PAYMENTS");
        assertThat(posted.param("text")).startsWith("<@U0ALICE> CRITICAL checkout-api:")
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        JsonNode button = posted.blocks().valueStream()
                .filter(block -> block.path("type").asString().equals("actions"))
                .findFirst().orElseThrow().at("/elements/0");
        assertThat(button.get("action_id").asString()).isEqualTo("incident_acknowledge");
        assertThat(button.get("value").asString()).isEqualTo(Pages.INCIDENT_ID);
        assertThat(posted.param("blocks")).contains("<@U0ALICE>").contains("14.4×").contains("requests-availability")
                .contains("&lt;!channel&gt;").doesNotContain("<!channel>").doesNotContain("<@U0BOSS>");
        assertThat(receipt.responder()).isEqualTo("U0ALICE");
        assertThat(receipt.channel()).isEqualTo("C0PAYMENTS");
        assertThat(receipt.messageTs()).isNotBlank();
        assertThat(standIn.calls("auth.test")).isEmpty();
    }

    @Test
    void anEmailResponderIsLookedUpOnceAndMentionedAsTheirSlackUser() {
        standIn.withUser("bob@example.com", "U0BOB");
        Page page = Pages.page(new OnCallAssignment("checkout-api", "payments", "bob@example.com", "C0PAYMENTS"));

        PageReceipt first = pager.page(page);
        pager.page(page);

        assertThat(standIn.calls("users.lookupByEmail")).singleElement()
                .satisfies(lookup -> assertThat(lookup.param("email")).isEqualTo("bob@example.com"));
        assertThat(standIn.calls("chat.postMessage")).hasSize(2)
                .allSatisfy(call -> assertThat(call.param("text")).startsWith("<@U0BOB> "));
        assertThat(first.responder()).isEqualTo("U0BOB");
    }

    @Test
    void anEmailSlackDoesNotKnowStillPagesTheChannel() {
        Page page = Pages.page(new OnCallAssignment("checkout-api", "payments", "ghost@example.com", "C0PAYMENTS"));

        PageReceipt receipt = pager.page(page);

        assertThat(single("chat.postMessage").param("text")).startsWith("<!here> ghost@example.com");
        assertThat(receipt.responder()).isEqualTo("ghost@example.com");
        assertThat(receipt.messageTs()).isNotBlank();
    }

    @Test
    void aRateLimitedPageWaitsAsToldAndGoesOut() {
        standIn.rateLimitNext("chat.postMessage", 2);

        PageReceipt receipt = pager.page(Pages.page());

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(standIn.calls("chat.postMessage")).hasSize(1);
        assertThat(receipt.messageTs()).isNotBlank();
    }

    @Test
    void aPageStillRateLimitedAfterThreeRetriesFails() {
        standIn.rateLimitNext("chat.postMessage", 4);

        assertThatThrownBy(() -> pager.page(Pages.page()))
                .isInstanceOf(SlackCallFailed.class)
                .hasMessageContaining("chat.postMessage").hasMessageContaining("ratelimited");
        assertThat(waits).hasSize(3);
        assertThat(standIn.calls("chat.postMessage")).isEmpty();
    }

    @Test
    void theRealClockHonoursRetryAfter() {
        standIn.rateLimitNext("chat.postMessage", 1);
        SlackIncidentPager standard = new SlackIncidentPager(slack.methods(TOKEN));
        long started = System.nanoTime();

        standard.page(Pages.page());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(standIn.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aSlackErrorIsThrownNotSwallowed() {
        SlackIncidentPager unauthenticated = new SlackIncidentPager(slack.methods(""), new SlackPageRenderer(),
                new SlackRateLimitRetry(3, Duration.ofSeconds(30), waits::add));

        assertThatThrownBy(() -> unauthenticated.page(Pages.page()))
                .isInstanceOf(SlackCallFailed.class)
                .satisfies(e -> assertThat(((SlackCallFailed) e).error()).isEqualTo("not_authed"));
    }

    @Test
    void acknowledgingUpdatesTheSameMessageWithoutTheButton() {
        PageReceipt receipt = pager.page(Pages.page());

        pager.markAcknowledged(receipt, Pages.page(), "U0BOB", ACKNOWLEDGED_AT);

        SlackStandIn.Call update = single("chat.update");
        assertThat(update.param("channel")).isEqualTo("C0PAYMENTS");
        assertThat(update.param("ts")).isEqualTo(receipt.messageTs());
        assertThat(update.param("blocks")).doesNotContain("incident_acknowledge")
                .contains("Acknowledged by <@U0BOB> at 03:14 UTC");
        assertThat(update.param("text")).startsWith("Acknowledged by <@U0BOB> at 03:14 UTC");
    }

    @Test
    void aRateLimitedUpdateIsRetried() {
        PageReceipt receipt = pager.page(Pages.page());
        standIn.rateLimitNext("chat.update", 1);

        pager.markAcknowledged(receipt, Pages.page(), "U0BOB", ACKNOWLEDGED_AT);

        assertThat(standIn.calls("chat.update")).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aPageThatWasOnlyLoggedHasNothingToUpdate() {
        pager.markAcknowledged(new PageReceipt("U0ALICE", "C0PAYMENTS", null), Pages.page(), "U0BOB",
                ACKNOWLEDGED_AT);

        assertThat(standIn.calls()).isEmpty();
    }

    private SlackStandIn.Call single(String method) {
        assertThat(standIn.calls(method)).hasSize(1);
        return standIn.calls(method).getFirst();
    }
}
