/**
 * What a service sees of Slack delivery: the {@link io.beacon.slack.SlackOutbox} port it enqueues
 * {@link io.beacon.slack.OutboundMessage}s into (inside its own transaction), the optional
 * {@link io.beacon.slack.SlackDeliveryListener} it may implement to learn outcomes, the {@code beacon.slack.*}
 * settings ({@link io.beacon.slack.SlackProperties}) and the process's one Slack client ({@link
 * io.beacon.slack.SlackWebApi}). How a message is rendered and what it is about belong to the service.
 */
package io.beacon.slack;
