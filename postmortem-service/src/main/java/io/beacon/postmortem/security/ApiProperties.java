package io.beacon.postmortem.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code beacon.api.tokens} (env {@code BEACON_API_TOKENS}, {@code subject:role:token,…}), kept a string here and
 * parsed by {@link ApiTokens}, so that a bad entry fails start-up with a message that doesn't echo the value.
 */
@ConfigurationProperties("beacon.api")
record ApiProperties(String tokens) {

    @Override
    public String toString() {
        return "ApiProperties[tokens=(hidden)]";
    }
}
