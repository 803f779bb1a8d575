/**
 * The action-item read model: table {@code action_item_view}, fed from the event store by the pooled
 * {@code action-item-view} processor (each row keeps the sequence number of its last applied event, so a
 * redelivered event is skipped), and {@link io.beacon.postmortem.actionitem.query.EarlierPostmortems}, which
 * joins it with {@code postmortem_view} for a postmortem's repeat incidents. Eventually consistent: a change shows
 * up here a moment after its command returned.
 */
package io.beacon.postmortem.actionitem.query;
