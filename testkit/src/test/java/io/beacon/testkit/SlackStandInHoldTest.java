package io.beacon.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/** Holding calls in flight, while every other call is still answered. */
class SlackStandInHoldTest {

    private static final String METADATA = "%7B%22event_type%22%3A%22beacon_outbox%22%7D";
    private final SlackStandIn slack = SlackStandIn.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aHeldPostIsInTheChannelAndItsAnswerComesOnlyOnRelease() throws Exception {
        slack.holdResponses("chat.postMessage");
        CompletableFuture<HttpResponse<String>> post = call("chat.postMessage", "channel=C1&text=hi&metadata=" + METADATA);
        await().atMost(Duration.ofSeconds(5)).until(() -> slack.held().size() == 1);

        String history = call("conversations.history", "channel=C1&include_all_metadata=true")
                .get(5, TimeUnit.SECONDS).body();
        assertTrue(history.contains("beacon_outbox"), history);
        assertEquals(1, slack.calls("chat.postMessage").size());
        assertEquals(1, slack.held().size());
        assertFalse(post.isDone());

        slack.release();
        assertTrue(post.get(5, TimeUnit.SECONDS).body().contains("\"ok\":true"));
    }

    @Test
    void aForgottenPostNeverReachesTheChannelAndItsConnectionIsDroppedOnRelease() throws Exception {
        slack.holdAndForget("chat.postMessage");
        CompletableFuture<HttpResponse<String>> post = call("chat.postMessage", "channel=C1&text=hi&metadata=" + METADATA);
        await().atMost(Duration.ofSeconds(5)).until(() -> slack.held().size() == 1);

        String history = call("conversations.history", "channel=C1&include_all_metadata=true")
                .get(5, TimeUnit.SECONDS).body();
        assertFalse(history.contains("beacon_outbox"), history);
        assertEquals(0, slack.calls("chat.postMessage").size());
        assertEquals(1, slack.held().size());

        slack.release();
        assertThrows(ExecutionException.class, () -> post.get(5, TimeUnit.SECONDS));
        assertEquals(200, call("chat.postMessage", "channel=C1&text=again").get(5, TimeUnit.SECONDS).statusCode());
        assertEquals(1, slack.calls("chat.postMessage").size());
    }

    private CompletableFuture<HttpResponse<String>> call(String method, String form) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(slack.apiUrl() + method))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer xoxb-test")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
