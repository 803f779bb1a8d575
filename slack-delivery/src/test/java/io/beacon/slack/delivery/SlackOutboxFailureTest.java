package io.beacon.slack.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Clock;
import java.util.List;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Permanent Slack errors: fallbacks in order, then FAILED, visible to operators and retryable by them. */
class SlackOutboxFailureTest {

    private final OutboxRig rig = new OutboxRig("slack_outbox_failure");

    @AfterEach
    void close() {
        rig.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived", "invalid_blocks", "invalid_auth",
            "account_inactive", "msg_too_long", "no_text"})
    void aPermanentErrorSendsTheMessageToTheFirstFallbackThatTakesItAndTellsTheListener(String error) {
        rig.slack.errorFor("C0GONE", error).errorFor("C0ALSOGONE", "channel_not_found");
        rig.outbox.enqueue(post("page:1", "C0GONE", "wake up", List.of("C0ALSOGONE", "C0BACKUP")));
        rig.startWorker();

        await().until(() -> rig.told.size() == 1);
        assertThat(rig.told).containsExactly(new OutboxRig.Told("failed", "page:1", "C0GONE", error, "C0BACKUP"));
        assertThat(rig.posts("C0BACKUP")).extracting(call -> call.param("text")).containsExactly("wake up");
        assertThat(rig.posts("C0GONE")).hasSize(1);
        assertThat(rig.posts("C0ALSOGONE")).hasSize(1);
        assertThat(rig.status("page:1")).isEqualTo(OutboxStatus.DELIVERED);
        // C0ALSOGONE failed with channel_not_found too
        assertThat(rig.meters.counter(DeliveryMetrics.FAILED, "error", error).count())
                .isEqualTo(error.equals("channel_not_found") ? 2.0 : 1.0);
    }

    @Test
    void whenEveryAddressFailsTheRowIsFailedVisibleToOperatorsAndCanBeRetried() throws Exception {
        rig.slack.errorFor("C0GONE", "channel_not_found").errorFor("C0ARCHIVED", "is_archived");
        rig.outbox.enqueue(post("page:1", "C0GONE", "wake up", List.of("C0ARCHIVED")));
        rig.startWorker();

        await().until(() -> rig.told.size() == 1);
        assertThat(rig.told).containsExactly(new OutboxRig.Told("failed", "page:1", "C0GONE", "channel_not_found",
                null));
        assertThat(rig.status("page:1")).isEqualTo(OutboxStatus.FAILED);
        Health health = new SlackDeliveryHealth(rig.queries, Clock.systemUTC()).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("failed", 1L).containsEntry("pending", 0L);

        MockMvc admin = MockMvcBuilders.standaloneSetup(new SlackOutboxAdminController(rig.queries, rig.store,
                rig.wakeUp, Clock.systemUTC())).build();
        long id = rig.row("page:1").id();
        admin.perform(get("/api/admin/slack-outbox").param("status", "FAILED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].key").value("page:1"))
                .andExpect(jsonPath("$[0].failedAddress").value("C0GONE"))
                .andExpect(jsonPath("$[0].failedError").value("channel_not_found"));
        admin.perform(get("/api/admin/slack-outbox").param("status", "BOGUS"))
                .andExpect(status().isBadRequest());

        rig.slack.errorFor("C0GONE", null);
        admin.perform(post("/api/admin/slack-outbox/{id}/retry", id))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.key").value("page:1"));
        await().until(() -> rig.status("page:1") == OutboxStatus.DELIVERED && rig.told.size() == 2);
        assertThat(rig.posts("C0GONE")).hasSize(2);
        assertThat(rig.told.get(1).kind()).isEqualTo("delivered");
        admin.perform(post("/api/admin/slack-outbox/{id}/retry", id)).andExpect(status().isConflict());
        admin.perform(post("/api/admin/slack-outbox/{id}/retry", 999_999)).andExpect(status().isNotFound());
    }

    @Test
    void anUpdateOfAMessageThatNeverArrivedFailsToo() {
        rig.slack.errorFor("C0GONE", "channel_not_found");
        rig.outbox.enqueue(post("page:1", "C0GONE", "wake up"));
        rig.outbox.enqueue(new io.beacon.slack.OutboundMessage("page:1:ack", "INC-1",
                io.beacon.slack.OutboundMessage.Kind.UPDATE, "C0GONE", List.of(), "page:1",
                "acknowledged", null, io.beacon.slack.OutboundMessage.Priority.NORMAL));
        rig.startWorker();

        await().until(() -> rig.told.size() == 2);
        assertThat(rig.told).extracting(OutboxRig.Told::key, OutboxRig.Told::channelOrError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("page:1", "channel_not_found"),
                        org.assertj.core.groups.Tuple.tuple("page:1:ack", "ref_failed"));
        assertThat(rig.slack.calls("chat.update")).isEmpty();
    }
}
