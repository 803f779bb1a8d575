package io.beacon.incident.security;

import org.springframework.http.HttpMethod;

/**
 * Every mutation of the HTTP API, each with the request that performs it. Which role may perform which operation
 * is decided in {@link ApiRole}; an API mutation not listed here falls to {@link #ADMINISTER} (manager only), so a
 * new endpoint is closed until somebody decides who may call it.
 */
enum ApiOperation {
    DECLARE(HttpMethod.POST, "/api/incidents"),
    ACKNOWLEDGE(HttpMethod.POST, "/api/incidents/*/acknowledgement"),
    ASSIGN_COMMANDER(HttpMethod.PUT, "/api/incidents/*/commander"),
    CHANGE_SEVERITY(HttpMethod.PUT, "/api/incidents/*/severity"),
    POST_STATUS_UPDATE(HttpMethod.POST, "/api/incidents/*/status-updates"),
    RESOLVE(HttpMethod.POST, "/api/incidents/*/resolution"),
    REOPEN(HttpMethod.POST, "/api/incidents/*/reopening"),
    /** {@code /api/admin/**} (any method) and every API mutation not listed above. */
    ADMINISTER(null, "/api/admin/**");

    private final HttpMethod method;
    private final String pathPattern;

    ApiOperation(HttpMethod method, String pathPattern) {
        this.method = method;
        this.pathPattern = pathPattern;
    }

    /** The HTTP method, or null for any. */
    HttpMethod method() {
        return method;
    }

    String pathPattern() {
        return pathPattern;
    }

    /** The roles that may perform this operation, per {@link ApiRole}'s matrix. */
    String[] roleNames() {
        return java.util.Arrays.stream(ApiRole.values()).filter(role -> role.may(this)).map(Enum::name)
                .toArray(String[]::new);
    }
}
