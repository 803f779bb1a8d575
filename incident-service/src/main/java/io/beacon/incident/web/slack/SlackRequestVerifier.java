package io.beacon.incident.web.slack;

import com.slack.api.app_backend.SlackSignature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Tells whether a request really comes from Slack: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{raw body}}
 * under the signing secret, compared in constant time, with a timestamp no more than five minutes off (replays).
 * Without a signing secret nothing is verified, so everything is refused.
 */
public final class SlackRequestVerifier {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** {@code v0=} and the 64 hex digits of an HMAC-SHA256. */
    private static final Pattern SIGNATURE_SHAPE = Pattern.compile("v0=[0-9a-fA-F]{64}");

    private final SlackSignature.Generator signatures;
    private final Clock clock;

    public SlackRequestVerifier(String signingSecret, Clock clock) {
        this.signatures = signingSecret == null || signingSecret.isBlank()
                ? null : new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    public enum Verdict {
        VERIFIED("verified"),
        NO_SECRET("no Slack signing secret is configured"),
        MISSING_HEADERS("X-Slack-Request-Timestamp or X-Slack-Signature is missing"),
        STALE("the request timestamp is more than 5 minutes off"),
        BAD_SIGNATURE("the signature does not match");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public Verdict verify(String timestamp, String signature, String rawBody) {
        Verdict screened = screen(timestamp, signature);
        if (screened != null) {
            return screened;
        }
        String expected = signatures.generate(timestamp.trim(), rawBody);
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                signature.trim().getBytes(StandardCharsets.UTF_8));
        return matches ? Verdict.VERIFIED : Verdict.BAD_SIGNATURE;
    }

    /**
     * What can be decided from the headers alone, before a byte of the body is read: a request without a signature,
     * replayed (stale timestamp) or signed in a shape no HMAC-SHA256 has is refused without buffering its body.
     * Null when only the body can tell.
     */
    public Verdict screen(String timestamp, String signature) {
        if (signatures == null) {
            return Verdict.NO_SECRET;
        }
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Verdict.MISSING_HEADERS;
        }
        if (!isFresh(timestamp.trim())) {
            return Verdict.STALE;
        }
        if (!SIGNATURE_SHAPE.matcher(signature.trim()).matches()) {
            return Verdict.BAD_SIGNATURE;
        }
        return null;
    }

    private boolean isFresh(String timestamp) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(sent, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) <= 0;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return false;
        }
    }
}
