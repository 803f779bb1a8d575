package io.beacon.incident.incident;

import io.beacon.incident.api.ResponderPaged;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far an incident's escalation got: the steps paged (the last one in full), the pages Slack accepted, and whether
 * the policy ran out. Changed only from event-sourcing handlers.
 */
final class EscalationProgress {

    private final List<Integer> pagedSteps = new ArrayList<>();
    private final Set<Integer> deliveredSteps = new HashSet<>();
    private ResponderPaged last;
    private boolean exhausted;

    void paged(ResponderPaged page) {
        pagedSteps.add(page.step());
        last = page;
    }

    void delivered(int step) {
        deliveredSteps.add(step);
    }

    void exhausted() {
        exhausted = true;
    }

    /** Whether a deadline for {@code step} is the one the escalation waits for (not stale, not past the end). */
    boolean awaits(int step) {
        return !exhausted && last != null && step == last.step() + 1;
    }

    /** Whether {@code step} was paged and its delivery is not yet recorded. */
    boolean awaitsDelivery(int step) {
        return pagedSteps.contains(step) && !deliveredSteps.contains(step);
    }

    ResponderPaged last() {
        return last;
    }

    List<Integer> pagedSteps() {
        return List.copyOf(pagedSteps);
    }
}
