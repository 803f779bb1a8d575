package io.beacon.postmortem.incident;

import io.beacon.contracts.IncidentResolved;

/**
 * Told of each resolution {@link IncidentEventIntake} applies, once per event id, inside the same transaction:
 * if it fails, nothing of the event is recorded and Kafka redelivers it. Must be idempotent across event ids
 * (a second resolution after a reopen is a new event).
 */
@FunctionalInterface
public interface IncidentResolvedListener {

    void resolved(IncidentResolved event);
}
