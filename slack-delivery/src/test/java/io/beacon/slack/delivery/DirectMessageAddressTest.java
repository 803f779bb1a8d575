package io.beacon.slack.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.beacon.slack.delivery.OutboxRig.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Direct messages name people as the org and on-call files do: a Slack user id, or an email Slack looks up. Anyone
 * else (an API caller's name, an email Slack doesn't know) fails permanently, so the message's fallback takes it.
 */
class DirectMessageAddressTest {

    private final OutboxRig rig = new OutboxRig("slack_outbox_direct_messages");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aDirectMessageToAnEmailGoesToTheUserSlackKnowsByIt() {
        rig.slack.withUser("bob@example.com", "U0BOB");
        rig.outbox.enqueue(post("dm:1", "user:bob@example.com", "your action item is due", List.of("C0TEAM")));
        rig.startWorker();

        await().until(() -> rig.status("dm:1") == OutboxStatus.DELIVERED);
        assertThat(rig.posts("U0BOB")).extracting(call -> call.param("text"))
                .containsExactly("your action item is due");
        assertThat(rig.posts("C0TEAM")).isEmpty();
    }

    @Test
    void somebodySlackDoesNotKnowFallsBackToTheFallbackAddress() {
        rig.outbox.enqueue(post("dm:1", "user:nobody@example.com", "for nobody", List.of("C0TEAM")));
        rig.outbox.enqueue(post("dm:2", "user:local-commander", "for an API caller", List.of("C0TEAM")));
        rig.startWorker();

        await().until(() -> rig.told.size() == 2);
        assertThat(rig.told).extracting(OutboxRig.Told::channelOrError).containsExactlyInAnyOrder("user_not_found",
                "not_a_slack_user");
        assertThat(rig.posts("C0TEAM")).extracting(call -> call.param("text"))
                .containsExactlyInAnyOrder("for nobody", "for an API caller");
    }
}
