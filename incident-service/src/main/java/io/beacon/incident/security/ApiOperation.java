package io.beacon.incident.security;

import io.beacon.apisecurity.ApiRole;
import org.springframework.http.HttpMethod;

import java.util.EnumSet;
import java.util.Set;

import static io.beacon.apisecurity.ApiRole.COMMANDER;
import static io.beacon.apisecurity.ApiRole.MANAGER;
import static io.beacon.apisecurity.ApiRole.RESPONDER;

/**
 * Every mutation of the HTTP API, each with the request that performs it and the roles that may: the role matrix,
 * in one place (incident-service/README.md shows it as a table). A responder takes incidents (declares,
 * acknowledges); a commander runs them; a manager may do everything, the admin API included. An API mutation not
 * listed here falls to {@link #ADMINISTER} (manager only), so a new endpoint is closed until somebody decides who may
 * call it.
 */
enum ApiOperation {
    DECLARE(HttpMethod.POST, "/api/incidents", RESPONDER, COMMANDER, MANAGER),
    ACKNOWLEDGE(HttpMethod.POST, "/api/incidents/*/acknowledgement", RESPONDER, COMMANDER, MANAGER),
    ASSIGN_COMMANDER(HttpMethod.PUT, "/api/incidents/*/commander", COMMANDER, MANAGER),
    CHANGE_SEVERITY(HttpMethod.PUT, "/api/incidents/*/severity", COMMANDER, MANAGER),
    POST_STATUS_UPDATE(HttpMethod.POST, "/api/incidents/*/status-updates", COMMANDER, MANAGER),
    RESOLVE(HttpMethod.POST, "/api/incidents/*/resolution", COMMANDER, MANAGER),
    REOPEN(HttpMethod.POST, "/api/incidents/*/reopening", COMMANDER, MANAGER),
    /** {@code /api/admin/**} (any method) and every API mutation not listed above. */
    ADMINISTER(null, "/api/admin/**", MANAGER);

    private final HttpMethod method;
    private final String pathPattern;
    private final Set<ApiRole> roles;

    ApiOperation(HttpMethod method, String pathPattern, ApiRole first, ApiRole... more) {
        this.method = method;
        this.pathPattern = pathPattern;
        this.roles = EnumSet.of(first, more);
    }

    boolean allows(ApiRole role) {
        return roles.contains(role);
    }

    /** The HTTP method, or null for any. */
    HttpMethod method() {
        return method;
    }

    String pathPattern() {
        return pathPattern;
    }

    /** The roles that may perform this operation, as Spring Security's role names. */
    String[] roleNames() {
        return roles.stream().map(Enum::name).toArray(String[]::new);
    }
}
