/**
 * The postmortem read model: table {@code postmortem_view}, fed from the event store by the pooled
 * {@code postmortem-view} processor (its token commits with each change, so every event is applied once), read by
 * the API. Eventually consistent: a change shows up here a moment after its command returned.
 */
package io.beacon.postmortem.query;
