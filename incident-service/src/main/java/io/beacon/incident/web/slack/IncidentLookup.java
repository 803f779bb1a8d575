package io.beacon.incident.web.slack;

import io.beacon.incident.api.IncidentReference;
import io.beacon.incident.query.IncidentSummary;
import io.beacon.incident.query.IncidentSummaryRepository;

import java.time.Duration;
import java.util.Optional;

/** Finds the incident a person names in Slack (INC-n) or a button carries (its id), in the read model. */
final class IncidentLookup {

    private static final Duration POLL = Duration.ofMillis(100);
    private final IncidentSummaryRepository incidents;

    IncidentLookup(IncidentSummaryRepository incidents) {
        this.incidents = incidents;
    }

    /** @throws UnknownIncident when no incident has this number */
    IncidentSummary byNumber(long number) {
        return incidents.findByNumber(number).orElseThrow(() -> new UnknownIncident(IncidentReference.of(number)));
    }

    Optional<IncidentSummary> byId(String id) {
        return id == null ? Optional.empty() : incidents.findById(id);
    }

    /**
     * The incident once the read model shows it, waiting at most {@code atMost}: a freshly declared incident gets
     * its INC number in the projection a moment after the command returns.
     */
    Optional<IncidentSummary> awaitById(String id, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            Optional<IncidentSummary> found = byId(id);
            if (found.isPresent() || System.nanoTime() >= deadline) {
                return found;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
