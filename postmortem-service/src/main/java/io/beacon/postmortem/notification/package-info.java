/**
 * Slack direct messages for the follow-through: the owner of a drafted postmortem or a new action item is told, and
 * each rung of a follow-up ladder (reminder, due notice, escalation to a manager) is a DM to the person it names.
 * Every message is recorded in this service's Slack outbox (the shared {@code slack-delivery} module) in the
 * transaction that handles the event, keyed by the event's id, so a redelivered event never DMs twice and a Slack
 * outage delays messages without losing them. Also the weekly digest to each manager. Decides nothing: the
 * aggregates decide who is told when.
 */
package io.beacon.postmortem.notification;
