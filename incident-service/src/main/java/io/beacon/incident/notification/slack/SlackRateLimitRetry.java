package io.beacon.incident.notification.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;

/**
 * Calls the Slack Web API, waiting as long as Slack's {@code Retry-After} says when it answers HTTP 429, a bounded
 * number of times; then gives up with {@link SlackCallFailed} so the event processor's own retry takes over. A wait
 * longer than {@code maxWait} is not sat out here: it fails at once rather than block the processor.
 */
final class SlackRateLimitRetry {

    private static final Logger log = LoggerFactory.getLogger(SlackRateLimitRetry.class);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    @FunctionalInterface
    interface SlackCall<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    private final int maxRetries;
    private final Duration maxWait;
    private final Sleeper sleeper;

    SlackRateLimitRetry(int maxRetries, Duration maxWait, Sleeper sleeper) {
        this.maxRetries = maxRetries;
        this.maxWait = maxWait;
        this.sleeper = sleeper;
    }

    static SlackRateLimitRetry standard() {
        return new SlackRateLimitRetry(3, Duration.ofSeconds(30), duration -> Thread.sleep(duration.toMillis()));
    }

    <T extends SlackApiTextResponse> T call(String method, SlackCall<T> call) {
        for (int retry = 0; ; retry++) {
            try {
                return call.call();
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429) {
                    throw new SlackCallFailed(method, "HTTP " + e.getResponse().code(), e);
                }
                Duration wait = retryAfter(e);
                if (retry >= maxRetries || wait.compareTo(maxWait) > 0) {
                    throw new SlackCallFailed(method, "ratelimited (retry after " + wait.toSeconds() + " s, "
                            + retry + " retries done)", e);
                }
                log.warn("Slack rate limited {}: retrying in {} s ({}/{})", method, wait.toSeconds(), retry + 1,
                        maxRetries);
                pause(method, wait);
            } catch (IOException e) {
                throw new SlackCallFailed(method, e.toString(), e);
            }
        }
    }

    private void pause(String method, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(method, "interrupted while rate limited", e);
        }
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
