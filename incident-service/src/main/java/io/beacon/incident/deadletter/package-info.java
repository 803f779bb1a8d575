/**
 * Dead letters of the Axon processing groups: an event a handler can never process (a permanent failure) is parked in
 * the group's sequenced dead-letter queue ({@code dead_letter_entry}) together with the later events of the same
 * incident, so the rest of the group flows on; a transient failure (database or broker away) is never parked, the
 * processor backs off and retries until it passes. Owns the classification ({@link io.beacon.incident.deadletter.FailureKind}),
 * the enqueue policy, the admin API ({@code /api/admin/dead-letters}), the {@code deadLetters} health and the
 * {@code beacon.dead_letters} gauge.
 */
package io.beacon.incident.deadletter;
