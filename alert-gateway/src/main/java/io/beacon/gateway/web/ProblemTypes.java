package io.beacon.gateway.web;

import java.net.URI;

/** The {@code type} of each problem the gateway reports; stable identifiers that clients may switch on. */
final class ProblemTypes {

    static final URI UNAUTHENTICATED = of("unauthenticated");
    static final URI MALFORMED_BODY = of("malformed-body");
    static final URI INVALID_WEBHOOK = of("invalid-webhook");
    static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    static final URI NOT_DURABLE = of("signal-not-durable");

    private ProblemTypes() {
    }

    private static URI of(String name) {
        return URI.create("urn:beacon:problem:" + name);
    }
}
