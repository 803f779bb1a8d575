package io.beacon.incident.web.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The raw body of a request that claims to come from Slack, read straight from the request (never re-assembled from
 * parsed form parameters, which would change the bytes) and verified before anything reads it. Never holds more
 * than {@code maxBytes + 1} bytes of an oversized body, and refuses one announced as too large, or whose headers
 * already show it is not from Slack (no signature, a replayed timestamp), without reading a byte of it.
 *
 * @param body    the verified body, or null when refused
 * @param refusal the problem details to answer with, or null when verified
 */
record SignedSlackBody(String body, ResponseEntity<ProblemDetail> refusal) {

    private static final Logger log = LoggerFactory.getLogger(SignedSlackBody.class);

    static SignedSlackBody read(SlackRequestVerifier verifier, String timestamp, String signature,
                                long contentLength, InputStream in, int maxBytes, String what) throws IOException {
        if (contentLength > maxBytes) {
            return tooLarge(maxBytes, what);
        }
        SlackRequestVerifier.Verdict screened = verifier.screen(timestamp, signature);
        if (screened != null) {
            return unverified(screened, what);
        }
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            return tooLarge(maxBytes, what);
        }
        String rawBody = new String(bytes, StandardCharsets.UTF_8);
        SlackRequestVerifier.Verdict verdict = verifier.verify(timestamp, signature, rawBody);
        if (verdict != SlackRequestVerifier.Verdict.VERIFIED) {
            return unverified(verdict, what);
        }
        return new SignedSlackBody(rawBody, null);
    }

    private static SignedSlackBody unverified(SlackRequestVerifier.Verdict verdict, String what) {
        log.warn("Refused a Slack {}: {}", what, verdict.reason());
        return new SignedSlackBody(null, SlackProblems.problem(HttpStatus.UNAUTHORIZED, "slack-signature",
                "Slack request not verified", verdict.reason()));
    }

    boolean verified() {
        return refusal == null;
    }

    private static SignedSlackBody tooLarge(int maxBytes, String what) {
        return new SignedSlackBody(null, SlackProblems.problem(HttpStatus.CONTENT_TOO_LARGE,
                "slack-request-too-large", "Request too large", "A Slack " + what + " is at most " + maxBytes
                        + " bytes"));
    }
}
