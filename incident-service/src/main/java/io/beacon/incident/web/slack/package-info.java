/**
 * Requests Slack sends to Beacon: button clicks on pages ({@code POST /slack/interactions}). Every request is
 * verified against the Slack signing secret over its raw body before anything in it is read.
 */
package io.beacon.incident.web.slack;
