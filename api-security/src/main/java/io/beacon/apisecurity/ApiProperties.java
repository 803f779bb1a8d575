package io.beacon.apisecurity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code beacon.api.*}: the tokens (env {@code BEACON_API_TOKENS}, {@code subject:role:token,…}) and whether reads
 * need a token too (env {@code BEACON_API_READS_REQUIRE_TOKEN}, default false; a service may ignore it). The tokens stay a string here and
 * are parsed by {@link ApiTokens}, so that a bad entry fails start-up with a message that doesn't echo the value.
 */
@ConfigurationProperties("beacon.api")
public record ApiProperties(String tokens, boolean readsRequireToken) {

    @Override
    public String toString() {
        return "ApiProperties[tokens=(hidden), readsRequireToken=" + readsRequireToken + "]";
    }
}
