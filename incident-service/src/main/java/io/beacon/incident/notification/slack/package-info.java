/**
 * The Slack adapter of the paging port: renders a page as Block Kit ({@link
 * io.beacon.incident.notification.slack.SlackPageRenderer}, escaping every piece of untrusted alert text) and
 * delivers it with the Slack Web API ({@link io.beacon.incident.notification.slack.SlackIncidentPager}), honouring
 * Slack's rate limits. Without a bot token the platform still runs and pages are only logged
 * ({@link io.beacon.incident.notification.slack.LoggingIncidentPager}).
 */
package io.beacon.incident.notification.slack;
