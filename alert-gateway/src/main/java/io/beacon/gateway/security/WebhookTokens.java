package io.beacon.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether an {@code Authorization} header carries an accepted bearer token.
 *
 * <p>Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}, and every accepted token is
 * compared, so the time taken tells an attacker neither how much of a token was right nor its length.
 */
public final class WebhookTokens {

    private static final String BEARER = "bearer ";

    private final List<byte[]> acceptedDigests;

    public WebhookTokens(List<String> acceptedTokens) {
        this.acceptedDigests = acceptedTokens.stream().map(WebhookTokens::digest).toList();
    }

    /** The verdict on one request's {@code Authorization} header (null when absent). */
    public Verdict check(String authorizationHeader) {
        String presented = bearerToken(authorizationHeader);
        if (presented == null) {
            return Verdict.MISSING;
        }
        byte[] presentedDigest = digest(presented);
        boolean accepted = false;
        for (byte[] acceptedDigest : acceptedDigests) {
            accepted |= MessageDigest.isEqual(acceptedDigest, presentedDigest);
        }
        return accepted ? Verdict.ACCEPTED : Verdict.REJECTED;
    }

    /** The credentials after the {@code Bearer} scheme (case-insensitive, RFC 9110), or null when there are none. */
    private static String bearerToken(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public enum Verdict {
        ACCEPTED,
        MISSING,
        REJECTED;

        public String describe() {
            return switch (this) {
                case ACCEPTED -> "accepted";
                case MISSING -> "The request carries no bearer token (header Authorization: Bearer <token>)";
                case REJECTED -> "The bearer token is not accepted";
            };
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
