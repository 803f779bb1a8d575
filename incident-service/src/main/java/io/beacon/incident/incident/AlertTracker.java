package io.beacon.incident.incident;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.SignalStatus;

import java.util.HashMap;
import java.util.Map;

/** Which of an incident's alerts still fire: the latest status seen per alert (source + dedup key). */
final class AlertTracker {

    private final Map<String, SignalStatus> latest = new HashMap<>();
    private boolean allResolvedAnnounced;

    void record(AlertSignal signal) {
        latest.put(signal.source() + ":" + signal.dedupKey(), signal.status());
        if (signal.status() == SignalStatus.FIRING) {
            allResolvedAnnounced = false;
        }
    }

    void announced() {
        allResolvedAnnounced = true;
    }

    /** Whether every alert seen has resolved and nobody has been told yet. */
    boolean allJustResolved() {
        return !allResolvedAnnounced && !latest.isEmpty()
                && latest.values().stream().allMatch(status -> status == SignalStatus.RESOLVED);
    }

    int alerts() {
        return latest.size();
    }
}
