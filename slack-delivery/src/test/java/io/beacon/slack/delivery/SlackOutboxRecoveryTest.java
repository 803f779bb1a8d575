package io.beacon.slack.delivery;

import io.beacon.testkit.SlackStandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly one message per row across crashes and between service instances. A crash between recording the intent
 * and recording the outcome is reproduced by claiming a row as a worker that then vanishes (its claim expired).
 */
class SlackOutboxRecoveryTest {

    private final OutboxRig rig = new OutboxRig("slack_outbox_recovery");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aRowAbandonedAfterSlackTookItIsFoundInTheChannelHistoryAndNotPostedAgain() throws Exception {
        rig.outbox.enqueue(post("page:INC-9:1", "C0PAY", "wake up"));
        recordIntentAndDie("page:INC-9:1");
        String ts = rig.client().methods(OutboxRig.TOKEN).chatPostMessage(r -> r.channel("C0PAY").text("wake up")
                .metadataAsString(DeliveredMessageFinder.metadataJson("page:INC-9:1"))).getTs();
        rig.outbox.enqueue(post("other", "C0PAY", "something newer without metadata"));

        rig.startWorker();

        await().until(() -> rig.status("page:INC-9:1") == OutboxStatus.DELIVERED && rig.told.size() == 2);
        assertThat(rig.row("page:INC-9:1").deliveredTs()).isEqualTo(ts);
        assertThat(rig.slack.calls("conversations.history")).singleElement().satisfies(call -> {
            assertThat(call.param("channel")).isEqualTo("C0PAY");
            assertThat(call.param("include_all_metadata")).isIn("true", "1");
        });
        assertThat(rig.posts("C0PAY")).extracting(call -> call.param("text"))
                .containsExactly("wake up", "something newer without metadata");
    }

    @Test
    void aRowAbandonedBeforeSlackTookItIsPostedOnce() {
        rig.outbox.enqueue(post("page:INC-9:1", "C0PAY", "wake up"));
        recordIntentAndDie("page:INC-9:1");

        rig.startWorker();

        await().until(() -> rig.status("page:INC-9:1") == OutboxStatus.DELIVERED);
        assertThat(rig.slack.calls("conversations.history")).hasSize(1);
        assertThat(rig.posts("C0PAY")).hasSize(1);
        assertThat(rig.row("page:INC-9:1").attempts()).isEqualTo(2);
    }

    @Test
    void aRowClaimedByALiveWorkerIsLeftAloneUntilItsClaimExpires() {
        rig.outbox.enqueue(post("page:INC-9:1", "C0PAY", "wake up"));
        OutboxRow row = rig.row("page:INC-9:1");
        rig.store.claim(row, "slow-but-alive", Instant.now().plusSeconds(2)).orElseThrow();

        rig.startWorker(new SlackDeliveryProperties(Duration.ofMillis(50), Duration.ofSeconds(2),
                Duration.ofSeconds(2), 4));

        await().during(Duration.ofMillis(1200)).atMost(Duration.ofMillis(1800))
                .until(() -> rig.posts("C0PAY").isEmpty());
        await().until(() -> rig.status("page:INC-9:1") == OutboxStatus.DELIVERED);
        assertThat(rig.posts("C0PAY")).hasSize(1);
    }

    @Test
    void twoInstancesOnOneDatabaseNeverSendARowTwice() {
        int channels = 10;
        int perChannel = 6;
        for (int i = 0; i < perChannel; i++) {
            for (int c = 0; c < channels; c++) {
                rig.outbox.enqueue(post("m-" + c + "-" + i, "C0RACE" + c, "message " + i));
            }
        }
        rig.startWorker();
        rig.startWorker();
        rig.startWorker();

        await().atMost(Duration.ofSeconds(30)).until(() -> rig.queries.count(OutboxStatus.DELIVERED)
                == channels * perChannel && rig.told.size() >= channels * perChannel);
        List<SlackStandIn.Call> posts = rig.slack.calls("chat.postMessage");
        Map<String, Long> perKey = posts.stream().collect(Collectors.groupingBy(
                call -> call.metadata().at("/event_payload/key").asString(), Collectors.counting()));
        assertThat(perKey).hasSize(channels * perChannel).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
        for (int c = 0; c < channels; c++) {
            assertThat(rig.posts("C0RACE" + c)).extracting(call -> call.param("text"))
                    .containsExactly("message 0", "message 1", "message 2", "message 3", "message 4", "message 5");
        }
        assertThat(rig.told.stream().collect(Collectors.groupingBy(OutboxRig.Told::key, Collectors.counting())))
                .allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
    }

    /** What a worker does before calling Slack (SENDING, attempts+1, claimed), by a worker that then dies. */
    private void recordIntentAndDie(String key) {
        rig.store.claim(rig.row(key), "died", Instant.now().minusSeconds(1)).orElseThrow();
        assertThat(rig.status(key)).isEqualTo(OutboxStatus.SENDING);
    }

}
