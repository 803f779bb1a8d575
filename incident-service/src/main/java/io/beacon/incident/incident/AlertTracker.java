package io.beacon.incident.incident;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.SignalStatus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An incident's alert signals: which deliveries are already on the timeline (re-sends are ignored), and which alerts
 * still fire (the latest status seen per alert, by source and dedup key).
 */
final class AlertTracker {

    private final Set<String> recorded = new HashSet<>();
    private final Map<String, SignalStatus> latest = new HashMap<>();
    private boolean allResolvedAnnounced;

    boolean isRecorded(AlertSignal signal) {
        return recorded.contains(signal.identity());
    }

    void record(AlertSignal signal) {
        recorded.add(signal.identity());
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
