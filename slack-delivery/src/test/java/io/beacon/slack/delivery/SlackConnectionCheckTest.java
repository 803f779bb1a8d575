package io.beacon.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.Slack;
import io.beacon.slack.SlackProperties;
import io.beacon.slack.SlackWebApi;
import io.beacon.testkit.SlackStandIn;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlackConnectionCheckTest {

    private final SlackStandIn standIn = SlackStandIn.start();
    private final Slack slack = SlackWebApi.connect(standIn.apiUrl());

    @AfterEach
    void close() throws Exception {
        slack.close();
        standIn.close();
    }

    @Test
    void onceReadyTheBotTokenIsCheckedWithSlackOffTheStartUpPath() {
        SlackConnectionCheck check = new SlackConnectionCheck(slack,
                new SlackProperties(standIn.apiUrl(), "xoxb-check", null));

        check.onApplicationEvent(null);

        await().atMost(Duration.ofSeconds(10)).until(() -> standIn.calls("auth.test").size() == 1);
        assertThat(standIn.calls("auth.test").getFirst().authorization()).isEqualTo("Bearer xoxb-check");
        assertThat(standIn.calls()).hasSize(1);
    }

    @Test
    void withoutABotTokenSlackIsNotAsked() {
        new SlackConnectionCheck(slack, new SlackProperties(standIn.apiUrl(), " ", null)).onApplicationEvent(null);
        new SlackConnectionCheck(slack, new SlackProperties(standIn.apiUrl(), "xoxb-later", null))
                .onApplicationEvent(null);

        await().atMost(Duration.ofSeconds(10)).until(() -> standIn.calls("auth.test").size() == 1);
        assertThat(standIn.calls()).extracting(SlackStandIn.Call::authorization).containsExactly("Bearer xoxb-later");
    }

    @Test
    void anUnreachableSlackIsLoggedNotThrown() {
        Slack nowhere = SlackWebApi.connect("http://127.0.0.1:9/api/");
        new SlackConnectionCheck(nowhere, new SlackProperties("http://127.0.0.1:9/api/", "xoxb-check", null)).check();
        assertThat(standIn.calls()).isEmpty();
    }
}
