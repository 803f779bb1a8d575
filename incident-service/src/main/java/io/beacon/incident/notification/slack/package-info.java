/**
 * The Slack adapter of the paging port: renders a page as Block Kit ({@link
 * io.beacon.incident.notification.slack.SlackPageRenderer}, escaping every piece of untrusted alert text) and
 * delivers it with the Slack Web API ({@link io.beacon.incident.notification.slack.SlackIncidentPager}), honouring
 * Slack's rate limits. The incident channel's adapter ({@link
 * io.beacon.incident.notification.slack.SlackIncidentNotifier}) names and creates the channel, renders its pinned
 * summary, status updates, nudges and notices within Block Kit's limits, and records them in the outbox under keys
 * derived from the incident and the event. Without a bot token the platform still runs and pages are only logged
 * ({@link io.beacon.incident.notification.slack.LoggingIncidentPager}).
 */
package io.beacon.incident.notification.slack;
