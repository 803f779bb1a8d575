/**
 * Requests Slack sends to Beacon, each verified against the Slack signing secret over its raw body before anything
 * in it is read: the {@code /incident} slash command ({@code POST /slack/commands}, parsed in {@code .command}),
 * clicks on Beacon's buttons and the status-update form ({@code POST /slack/interactions}; ids in
 * {@link io.beacon.incident.web.slack.SlackActionIds}). Everything acts as the Slack member who typed or clicked,
 * through the incident commands, and is answered within Slack's 3 s. No token logic of the HTTP API applies here:
 * the signature is the authentication.
 */
package io.beacon.incident.web.slack;
