/**
 * Dead letters of the Axon processing groups of incident-service and postmortem-service: an event a handler can never
 * process (a permanent failure) is parked in the group's sequenced dead-letter queue ({@code dead_letter_entry})
 * together with the later events of the same aggregate (incident, postmortem), so the rest of the group flows on; a
 * transient failure (database or broker away) is never parked, the processor backs off and retries until it passes.
 * Owns the classification ({@link io.beacon.deadletter.FailureKind}, also used by incident-service's Kafka intake),
 * the enqueue policy, the admin API ({@code /api/admin/dead-letters}), the {@code deadLetters} health and the
 * {@code beacon.dead_letters} gauge. Knows no domain: which groups have a queue is the service's application.yml.
 */
package io.beacon.deadletter;
