package io.beacon.incident.correlation;

import io.beacon.incident.api.DeclareIncident;

/** What a person must say to declare an incident by hand. */
final class ManualDeclaration {

    static final int SERVICE_MAX = 200;
    static final int TITLE_MAX = 500;

    private ManualDeclaration() {
    }

    static void check(DeclareIncident command) {
        if (command.service() == null || command.service().isBlank() || command.service().length() > SERVICE_MAX) {
            throw new IllegalArgumentException("Say which service is affected (at most " + SERVICE_MAX
                    + " characters)");
        }
        if (command.title() == null || command.title().isBlank() || command.title().length() > TITLE_MAX) {
            throw new IllegalArgumentException("Give the incident a title (at most " + TITLE_MAX + " characters)");
        }
        if (command.severity() == null) {
            throw new IllegalArgumentException("Say how severe it is: SEV1, SEV2, SEV3 or SEV4");
        }
        if (command.declaredBy() == null || command.declaredBy().isBlank()) {
            throw new IllegalArgumentException("Say who declares the incident");
        }
    }
}
