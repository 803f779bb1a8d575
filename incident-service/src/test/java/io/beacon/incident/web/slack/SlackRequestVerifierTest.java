package io.beacon.incident.web.slack;

import io.beacon.incident.web.slack.SlackRequestVerifier.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.beacon.incident.web.slack.SlackSignatures.SECRET;
import static io.beacon.incident.web.slack.SlackSignatures.sign;
import static org.assertj.core.api.Assertions.assertThat;

class SlackRequestVerifierTest {

    private static final long NOW = 1_795_000_000L;
    private static final String BODY = "payload=%7B%22type%22%3A%22block_actions%22%7D";
    private final SlackRequestVerifier verifier = new SlackRequestVerifier(SECRET,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void aRequestSignedWithTheSecretIsVerified() {
        assertThat(verifier.verify(String.valueOf(NOW), sign(SECRET, NOW, BODY), BODY)).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void whatTheHeadersAloneShowIsDecidedBeforeTheBodyIsRead() {
        assertThat(verifier.screen(null, null)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(verifier.screen(String.valueOf(NOW - 301), sign(SECRET, NOW - 301, BODY))).isEqualTo(Verdict.STALE);
        assertThat(verifier.screen(String.valueOf(NOW), "v0=not-hex")).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(verifier.screen(String.valueOf(NOW), sign(SECRET, NOW, BODY))).as("only the body can tell").isNull();
    }

    @Test
    void aTamperedBodyIsRefused() {
        String signature = sign(SECRET, NOW, BODY);

        assertThat(verifier.verify(String.valueOf(NOW), signature, BODY.replace("block", "Block")))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aSignatureFromAnotherSecretIsRefused() {
        assertThat(verifier.verify(String.valueOf(NOW), sign("another-secret", NOW, BODY), BODY))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aReplayedRequestOlderThanFiveMinutesIsRefused() {
        long then = NOW - 301;

        assertThat(verifier.verify(String.valueOf(then), sign(SECRET, then, BODY), BODY)).isEqualTo(Verdict.STALE);
    }

    @Test
    void aTimestampFromTheFutureIsRefused() {
        long later = NOW + 301;

        assertThat(verifier.verify(String.valueOf(later), sign(SECRET, later, BODY), BODY)).isEqualTo(Verdict.STALE);
    }

    @Test
    void fiveMinutesOfClockSkewAreTolerated() {
        long then = NOW - 300;

        assertThat(verifier.verify(String.valueOf(then), sign(SECRET, then, BODY), BODY))
                .isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void theTimestampIsPartOfTheSignature() {
        long then = NOW - 10;

        assertThat(verifier.verify(String.valueOf(NOW), sign(SECRET, then, BODY), BODY))
                .isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void missingHeadersAreRefused() {
        assertThat(verifier.verify(null, sign(SECRET, NOW, BODY), BODY)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(verifier.verify(String.valueOf(NOW), null, BODY)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(verifier.verify("not-a-number", sign(SECRET, NOW, BODY), BODY)).isEqualTo(Verdict.STALE);
    }

    @Test
    void withoutASigningSecretNothingIsVerified() {
        SlackRequestVerifier unconfigured = new SlackRequestVerifier(" ", Clock.systemUTC());

        assertThat(unconfigured.verify(String.valueOf(NOW), sign("guessed-secret", NOW, BODY), BODY)).isEqualTo(Verdict.NO_SECRET);
    }
}
