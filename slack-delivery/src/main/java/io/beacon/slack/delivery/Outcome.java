package io.beacon.slack.delivery;

import java.time.Duration;

/** What one delivery attempt came to; the worker records it. */
sealed interface Outcome {

    /** Slack took it; {@code ts} is null for kinds that create no message. */
    record Delivered(String channel, String ts) implements Outcome {
    }

    /** Worth trying again: 5xx, I/O, 429. {@code retryAfter} is Slack's own wait, or null to back off. */
    record Transient(String error, Duration retryAfter) implements Outcome {
    }

    /** Slack will never take it at this target. */
    record Permanent(String error) implements Outcome {
    }

    /** Not sendable yet (the subject's channel or the referenced message does not exist yet); no attempt spent. */
    record Wait(String reason) implements Outcome {
    }
}
