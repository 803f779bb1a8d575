/**
 * Dead letters of the alert-signal intake (Kafka topic {@code beacon.alert-signals.v1}, consumer group
 * {@code incident-service}). Owns the intake's error handling: a permanent failure (a payload that can't be read or
 * is invalid, an unknown contract version, anything not known to pass by itself) goes to the dead-letter topic
 * {@code beacon.alert-signals.v1.incident-service.dlq} at once; a transient one (database away, a lock, a lost
 * optimistic race) is retried with back-off for as long as it takes and never parked ({@link
 * io.beacon.deadletter.FailureKind} decides). Also owns reading the parked records, replaying them to the intake
 * topic once each (the {@code intake_dead_letter_replay} table remembers which, across instances), the admin API
 * {@code /api/admin/intake-dead-letters}, the {@code intakeDeadLetters} health and the
 * {@code beacon.intake_dead_letters} gauge.
 */
package io.beacon.incident.messaging.deadletter;
