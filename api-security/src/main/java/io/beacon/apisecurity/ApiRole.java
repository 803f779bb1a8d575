package io.beacon.apisecurity;

import java.util.Locale;

/**
 * The roles a token of {@code BEACON_API_TOKENS} carries. What each role may do is each service's decision (its own
 * operation matrix); the roles and how they are written are the same everywhere, so one token list serves all.
 */
public enum ApiRole {
    RESPONDER,
    COMMANDER,
    MANAGER;

    /** How the role is written in {@code beacon.api.tokens}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority a token of this role carries. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role written {@code responder}, {@code commander} or {@code manager} (any case); null otherwise. */
    public static ApiRole ofLabel(String label) {
        for (ApiRole role : values()) {
            if (role.label().equalsIgnoreCase(label.strip())) {
                return role;
            }
        }
        return null;
    }
}
