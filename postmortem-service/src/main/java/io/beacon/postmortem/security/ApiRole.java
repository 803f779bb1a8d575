package io.beacon.postmortem.security;

import java.util.Locale;

/**
 * The roles of {@code beacon.api.tokens}, as incident-service defines them. Here every role may edit and publish
 * postmortems (for now): the role is parsed so the same token list works for both services.
 */
enum ApiRole {
    RESPONDER, COMMANDER, MANAGER;

    /** How the role is written in {@code beacon.api.tokens}. */
    String label() {
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
