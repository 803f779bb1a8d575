package io.beacon.postmortem.postmortem;

/**
 * A postmortem's id follows from its incident's: a redelivered resolution, or a second one after a reopen, names
 * the same postmortem, so an incident never gets two.
 */
public final class PostmortemIds {

    static final String PREFIX = "postmortem-";

    private PostmortemIds() {
    }

    public static String forIncident(String incidentId) {
        if (incidentId == null || incidentId.isBlank()) {
            throw new IllegalArgumentException("An incident id is needed to name its postmortem");
        }
        return PREFIX + incidentId;
    }
}
