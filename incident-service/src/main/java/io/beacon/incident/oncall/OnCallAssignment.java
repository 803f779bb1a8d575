package io.beacon.incident.oncall;

/**
 * Who answers for a service at one moment.
 *
 * @param responder a Slack user id (U0123ABC) or an email
 * @param channel   the team's channel, where its pages are posted
 */
public record OnCallAssignment(String service, String team, String responder, String channel) {
}
