/**
 * Action items: the event-sourced {@link io.beacon.postmortem.actionitem.ActionItem} aggregate (one owner, a due
 * date, a priority and a kind; open → in progress → done, reopened, or deprioritised with a recorded risk
 * acceptance) and its follow-up ladder on persistent deadlines: a reminder to the owner, a notice at the due date,
 * then the owner's managers one by one. Commands and events are named in the domain's words; the rules themselves
 * ({@code FollowUpLadder}, {@code DeprioritisationPolicy}) live in {@code followup}. Knows nothing of HTTP, Slack
 * or Kafka: adapters react to its events.
 */
package io.beacon.postmortem.actionitem;
