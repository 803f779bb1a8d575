package io.beacon.incident.security;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static io.beacon.incident.security.ApiOperation.ACKNOWLEDGE;
import static io.beacon.incident.security.ApiOperation.ASSIGN_COMMANDER;
import static io.beacon.incident.security.ApiOperation.CHANGE_SEVERITY;
import static io.beacon.incident.security.ApiOperation.DECLARE;
import static io.beacon.incident.security.ApiOperation.POST_STATUS_UPDATE;
import static io.beacon.incident.security.ApiOperation.REOPEN;
import static io.beacon.incident.security.ApiOperation.RESOLVE;

/**
 * The role matrix, in one place (incident-service/README.md shows it as a table): a responder takes incidents
 * (declares, acknowledges); a commander runs them; a manager may do everything, the admin API included.
 */
enum ApiRole {
    RESPONDER(EnumSet.of(DECLARE, ACKNOWLEDGE)),
    COMMANDER(EnumSet.of(DECLARE, ACKNOWLEDGE, ASSIGN_COMMANDER, CHANGE_SEVERITY, POST_STATUS_UPDATE, RESOLVE,
            REOPEN)),
    MANAGER(EnumSet.allOf(ApiOperation.class));

    private final Set<ApiOperation> operations;

    ApiRole(Set<ApiOperation> operations) {
        this.operations = operations;
    }

    public boolean may(ApiOperation operation) {
        return operations.contains(operation);
    }

    /** How the role is written in {@code beacon.api.tokens}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority a token of this role carries. */
    String authority() {
        return "ROLE_" + name();
    }

    /** The role written {@code responder}, {@code commander} or {@code manager} (any case); null otherwise. */
    static ApiRole ofLabel(String label) {
        for (ApiRole role : values()) {
            if (role.label().equalsIgnoreCase(label.strip())) {
                return role;
            }
        }
        return null;
    }
}
