package io.beacon.incident.web.slack;

/**
 * The ids Beacon's Slack messages and forms carry, handled by {@code POST /slack/interactions}. Renderers put them
 * on buttons; each button's {@code value} is the incident's id (the UUID, not INC-n).
 */
public final class SlackActionIds {

    /** Button: the clicker acknowledges the incident (same id as SlackPageRenderer's page button). */
    public static final String ACKNOWLEDGE = "incident_acknowledge";
    /** Button: opens the status-update form for the incident. */
    public static final String POST_UPDATE = "incident_post_update";
    /** Button: the clicker resolves the incident. */
    public static final String RESOLVE = "incident_resolve";
    /** {@code callback_id} of the status-update form (a modal); its {@code private_metadata} is the incident id. */
    public static final String STATUS_UPDATE_CALLBACK_ID = "incident_status_update";

    private SlackActionIds() {
    }
}
