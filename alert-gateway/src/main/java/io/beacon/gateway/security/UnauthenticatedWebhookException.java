package io.beacon.gateway.security;

/** A webhook arrived without an accepted bearer token; answered 401 with {@code WWW-Authenticate: Bearer}. */
public class UnauthenticatedWebhookException extends RuntimeException {

    public UnauthenticatedWebhookException(String detail) {
        super(detail);
    }
}
