package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;
import io.beacon.slack.OutboundMessage.Kind;
import io.beacon.slack.OutboundMessage.Priority;
import io.beacon.testkit.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox through the real SDK against the Slack stand-in, on a real PostgreSQL. */
class SlackOutboxDeliveryTest {

    private final OutboxRig rig = new OutboxRig("slack_outbox_delivery");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aKeyEnqueuedTwiceIsDeliveredOnceAndTheDuplicateDoesNotBreakTheCallersTransaction() {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(rig.dataSource));
        rig.outbox.enqueue(post("page:INC-1:1", "C0PAY", "first"));
        tx.executeWithoutResult(status -> {
            rig.outbox.enqueue(post("page:INC-1:1", "C0PAY", "redelivered"));
            rig.outbox.enqueue(post("page:INC-1:2", "C0PAY", "after the duplicate, same transaction"));
        });
        rig.startWorker();

        await().until(() -> rig.posts("C0PAY").size() == 2 && rig.told.size() == 2);
        assertThat(rig.posts("C0PAY")).extracting(call -> call.param("text"))
                .containsExactly("first", "after the duplicate, same transaction");
        OutboxRow row = rig.row("page:INC-1:1");
        assertThat(row.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(row.listenerDone()).isTrue();
        assertThat(rig.told).first().isEqualTo(new OutboxRig.Told("delivered", "page:INC-1:1", "C0PAY", "C0PAY",
                row.deliveredTs()));
        assertThat(rig.posts("C0PAY").get(0).metadata().toString())
                .isEqualTo("{\"event_type\":\"beacon_outbox\",\"event_payload\":{\"key\":\"page:INC-1:1\"}}");
    }

    @Test
    void aListenerThatFailsIsToldAgainOnceTheRowsClaimExpiresAndTheMessageIsNotSentTwice() {
        rig.listenerFailures.set(1);
        rig.outbox.enqueue(post("page:INC-1:1", "C0PAY", "first"));
        rig.startWorker(new SlackDeliveryProperties(Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ofSeconds(2),
                4)); // the claim, and so the wait before the listener is told again, is 2 s
        await().until(() -> rig.status("page:INC-1:1") == OutboxStatus.DELIVERED && rig.listenerFailures.get() == 0);
        assertThat(rig.row("page:INC-1:1").listenerDone()).isFalse();

        await().atMost(Duration.ofSeconds(10)).until(() -> rig.row("page:INC-1:1").listenerDone());
        assertThat(rig.told).extracting(OutboxRig.Told::key).containsExactly("page:INC-1:1");
        assertThat(rig.posts("C0PAY")).hasSize(1);
    }

    @Test
    void aRateLimitedChannelWaitsForRetryAfterWithoutDelayingOtherChannelsAndKeepsItsOrder() {
        rig.slack.rateLimitNext("chat.postMessage", 1);
        rig.outbox.enqueue(post("a1", "C0BUSY", "one"));
        rig.outbox.enqueue(post("a2", "C0BUSY", "two"));
        rig.outbox.enqueue(post("a3", "C0BUSY", "three"));
        rig.startWorker();
        await().until(() -> rig.row("a1").lastError() != null);
        Instant limitedAt = Instant.now();

        rig.outbox.enqueue(post("b1", "C0QUIET", "elsewhere"));

        await().atMost(Duration.ofMillis(800)).until(() -> rig.status("b1") == OutboxStatus.DELIVERED);
        assertThat(rig.posts("C0BUSY")).isEmpty();
        await().until(() -> rig.posts("C0BUSY").size() == 3);
        assertThat(rig.posts("C0BUSY")).extracting(call -> call.param("text")).containsExactly("one", "two", "three");
        assertThat(Duration.between(limitedAt, rig.row("a1").notBefore())).isPositive();
        assertThat(rig.row("a1").lastError()).contains("ratelimited");
    }

    @Test
    void twoIncidentsPagesToOneChannelGoSideBySideWhileEachIncidentKeepsItsOrder() {
        rig.slack.rateLimitNext("chat.postMessage", 1);
        rig.outbox.enqueue(about("INC-A", "page:INC-A:1", "C0TEAM", "INC-A paged"));
        rig.outbox.enqueue(about("INC-A", "status:INC-A:1", "C0TEAM", "INC-A investigating"));
        rig.startWorker();
        await().until(() -> rig.row("page:INC-A:1").lastError() != null);

        rig.outbox.enqueue(about("INC-B", "page:INC-B:1", "C0TEAM", "INC-B paged"));

        await().atMost(Duration.ofMillis(800)).until(() -> rig.status("page:INC-B:1") == OutboxStatus.DELIVERED);
        assertThat(rig.status("status:INC-A:1")).as("behind its incident's waiting page")
                .isEqualTo(OutboxStatus.PENDING);
        await().until(() -> rig.posts("C0TEAM").size() == 3);
        assertThat(rig.posts("C0TEAM")).extracting(call -> call.param("text"))
                .containsExactly("INC-B paged", "INC-A paged", "INC-A investigating");
    }

    private static OutboundMessage about(String subject, String key, String address, String text) {
        return new OutboundMessage(key, subject, Kind.POST, address, List.of(), null, text, null, Priority.PAGE);
    }

    @Test
    void serverErrorsAreRetriedUntilSlackTakesTheMessage() {
        rig.slack.failNext("chat.postMessage", 2, 503);
        rig.outbox.enqueue(post("p1", "C0PAY", "eventually"));
        rig.startWorker();

        // the outcome is committed before the listener is told: wait for both
        await().until(() -> rig.status("p1") == OutboxStatus.DELIVERED && !rig.told.isEmpty());
        assertThat(rig.posts("C0PAY")).hasSize(1);
        assertThat(rig.row("p1").attempts()).isEqualTo(3);
        assertThat(rig.told).extracting(OutboxRig.Told::kind).containsExactly("delivered");
    }

    @Test
    void pagesGoBeforeBackgroundWorkUnderABacklog() {
        for (int i = 0; i < 20; i++) {
            rig.outbox.enqueue(message("setup-" + i, Kind.POST, "C0SETUP" + i, null, "setup " + i,
                    Priority.BACKGROUND));
        }
        for (int i = 0; i < 4; i++) {
            rig.outbox.enqueue(message("page-" + i, Kind.POST, "C0TEAM" + i, null, "page " + i, Priority.PAGE));
        }
        rig.startWorker(new SlackDeliveryProperties(Duration.ofMillis(50), Duration.ofSeconds(30),
                Duration.ofSeconds(2), 1));

        await().until(() -> rig.slack.calls("chat.postMessage").size() == 24);
        assertThat(rig.slack.calls("chat.postMessage").subList(0, 4)).extracting(call -> call.param("text"))
                .containsExactly("page 0", "page 1", "page 2", "page 3");
    }

    @Test
    void aBacklogIsSentFromAFewScansNotOneScanPerSend() {
        // a scan reads every undelivered row: one per freed sender made a flood's delivery quadratic
        for (int i = 0; i < 300; i++) {
            rig.outbox.enqueue(message("bulk-" + i, Kind.POST, "C0BULK" + i, null, "bulk " + i, Priority.BACKGROUND));
        }
        SlackDeliveryWorker worker = rig.startWorker(OutboxRig.FAST);

        await().until(() -> rig.slack.calls("chat.postMessage").size() == 300);
        assertThat(worker.scans()).as("scans for 300 rows, 4 senders").isLessThan(30);
    }

    @Test
    void aPageEnqueuedBehindABatchAlreadyReadGoesBeforeTheRestOfTheBatch() {
        for (int i = 0; i < 100; i++) {
            rig.outbox.enqueue(message("setup-" + i, Kind.POST, "C0SETUP" + i, null, "setup " + i,
                    Priority.BACKGROUND));
        }
        rig.startWorker(new SlackDeliveryProperties(Duration.ofMillis(50), Duration.ofSeconds(30),
                Duration.ofSeconds(2), 1)); // one sender: a scan reads 50 heads
        await().until(() -> rig.slack.calls("chat.postMessage").size() >= 5);
        int sentBefore = rig.slack.calls("chat.postMessage").size();

        rig.outbox.enqueue(message("page-late", Kind.POST, "C0TEAM", null, "late page", Priority.PAGE));

        await().until(() -> rig.status("page-late") == OutboxStatus.DELIVERED);
        List<String> texts = rig.slack.calls("chat.postMessage").stream().map(call -> call.param("text")).toList();
        assertThat(texts.indexOf("late page") - sentBefore).as("background posts sent before the page")
                .isLessThan(15);
    }

    @Test
    void anIncidentChannelIsCreatedThenPostsInvitesPinsAndUpdatesGoIntoIt() throws Exception {
        rig.slack.withUser("bob@example.com", "U0BOB");
        rig.client().methods(OutboxRig.TOKEN).conversationsCreate(r -> r.name("inc-42-checkout"));
        String incident = OutboundMessage.subjectChannel("INC-42");
        rig.outbox.enqueue(message("status:1", Kind.POST, incident, null, "Investigating", Priority.NORMAL));
        rig.outbox.enqueue(message("channel", Kind.CREATE_CHANNEL, incident, null, "inc-42-checkout",
                Priority.BACKGROUND));
        rig.outbox.enqueue(message("invite", Kind.INVITE, incident, null,
                "U0ALICE, bob@example.com, nobody@example.com", Priority.BACKGROUND));
        rig.outbox.enqueue(message("pin", Kind.PIN, incident, "status:1", null, Priority.BACKGROUND));
        rig.outbox.enqueue(message("status:1:update", Kind.UPDATE, incident, "status:1", "Identified",
                Priority.NORMAL));
        rig.startWorker();

        await().until(() -> rig.told.size() == 5);
        String channel = rig.slack.channels().get("inc-42-checkout-2");
        assertThat(channel).isNotNull();
        OutboxRow status = rig.row("status:1");
        assertThat(status.deliveredChannel()).isEqualTo(channel);
        assertThat(rig.slack.calls("conversations.invite")).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo(channel);
            assertThat(call.param("users")).isEqualTo("U0ALICE,U0BOB");
        });
        assertThat(rig.slack.calls("pins.add")).singleElement().satisfies(call ->
                assertThat(call.param("timestamp")).isEqualTo(status.deliveredTs()));
        assertThat(rig.slack.calls("chat.update")).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo(channel);
            assertThat(call.param("ts")).isEqualTo(status.deliveredTs());
            assertThat(call.param("text")).isEqualTo("Identified");
        });
    }

    @Test
    void queuedUpdatesOfOneMessageAreCoalescedToTheNewest() {
        rig.outbox.enqueue(post("status:1", "C0PAY", "Investigating"));
        for (String text : List.of("Identified", "Monitoring", "Resolved")) {
            rig.outbox.enqueue(message("status:1:" + text, Kind.UPDATE, "C0PAY", "status:1", text, Priority.NORMAL));
        }
        rig.startWorker();

        await().until(() -> rig.told.size() == 4);
        assertThat(rig.slack.calls("chat.update")).extracting(call -> call.param("text")).containsExactly("Resolved");
    }

    @Test
    void mentionPlaceholdersBecomeSlackMentionsAndUnknownEmailsSaySo() {
        rig.slack.withUser("bob@example.com", "U0BOB");
        String blocks = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"<beacon-user:bob@example.com>\"}}]";
        rig.outbox.enqueue(new OutboundMessage("m1", "INC-1", Kind.POST, "C0PAY", List.of(), null,
                "<beacon-user:bob@example.com>, <beacon-user:U0CAROL> and <beacon-user:ghost@example.com>", blocks,
                Priority.PAGE));
        rig.outbox.enqueue(post("m2", "C0PAY", "again <beacon-user:bob@example.com>"));
        rig.startWorker();

        await().until(() -> rig.posts("C0PAY").size() == 2);
        SlackStandIn.Call first = rig.posts("C0PAY").get(0);
        assertThat(first.param("text"))
                .isEqualTo("<@U0BOB>, <@U0CAROL> and ghost@example.com (not found in Slack)");
        assertThat(first.mrkdwnTexts()).contains("<@U0BOB>");
        assertThat(rig.posts("C0PAY").get(1).param("text")).isEqualTo("again <@U0BOB>");
        assertThat(rig.slack.calls("users.lookupByEmail")).hasSize(2);
    }

    private static OutboundMessage message(String key, Kind kind, String address, String refKey, String text,
                                           Priority priority) {
        return new OutboundMessage(key, "INC-42", kind, address, List.of(), refKey, text, null, priority);
    }
}
