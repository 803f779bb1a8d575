/**
 * The Slack outbox: {@link io.beacon.slack.SlackOutbox} recorded in the service's own database
 * ({@code slack_outbox} and {@code slack_outbox_channel}; their DDL is {@code slack_outbox.sql} beside this
 * package, copied into each service's Flyway migrations) and a delivery worker that sends each row to Slack once, in order per address,
 * pages first, honouring Retry-After without blocking other channels, retrying transient failures forever and
 * re-addressing permanent ones to fallbacks. Before each call the intent is committed (row SENDING, attempts+1, a
 * claim that expires); a row found SENDING with an expired claim is looked up in the channel's history by the
 * message metadata key before it is posted again, so a crash between the call and recording its outcome does not
 * post twice. Also owns the admin endpoint ({@code /api/admin/slack-outbox}) and the {@code slackDelivery} health.
 */
package io.beacon.slack.delivery;
