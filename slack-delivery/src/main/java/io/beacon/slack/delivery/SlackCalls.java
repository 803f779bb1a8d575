package io.beacon.slack.delivery;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs one Slack Web API call and turns what can go wrong on the way into an {@link Outcome}: HTTP 429 carries
 * Slack's Retry-After (honoured by scheduling the row, never by sleeping here), other HTTP errors and I/O failures
 * are transient. An answer with {@code ok=false} is returned for the caller to judge, since some errors are success
 * for some methods ({@code already_in_channel}, {@code already_pinned}).
 */
final class SlackCalls {

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    /** Ends an attempt early with the outcome it came to. */
    static final class Abort extends RuntimeException {

        private final transient Outcome outcome;

        Abort(Outcome outcome) {
            super(outcome.toString(), null, false, false);
            this.outcome = outcome;
        }

        Outcome outcome() {
            return outcome;
        }
    }

    private SlackCalls() {
    }

    static <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        try {
            return call.call();
        } catch (SlackApiException e) {
            int status = e.getResponse().code();
            if (status == 429) {
                throw new Abort(new Outcome.Transient(method + ": ratelimited", retryAfter(e)));
            }
            throw new Abort(new Outcome.Transient(method + ": HTTP " + status, null));
        } catch (IOException e) {
            throw new Abort(new Outcome.Transient(method + ": " + e, null));
        }
    }

    /** The outcome of an {@code ok=false} answer. */
    static Outcome failure(SlackApiTextResponse response) {
        String error = response.getError() == null ? "unknown_error" : response.getError();
        return SlackErrors.isPermanent(error) ? new Outcome.Permanent(error) : new Outcome.Transient(error, null);
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return header == null ? DEFAULT_RETRY_AFTER
                    : Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
