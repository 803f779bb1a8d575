package io.beacon.incident.messaging.deadletter;

import java.util.List;

/** What one replay request did: the records it republished, and how many it left as replayed before. */
record ReplayOutcome(int replayed, int alreadyReplayed, List<Replayed> records) {

    record Replayed(int partition, long offset, String key) {
    }
}
