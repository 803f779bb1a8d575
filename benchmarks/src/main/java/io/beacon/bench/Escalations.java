package io.beacon.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether every incident the storm opened (its services and its probes) escalated on time: each one's first escalation deadline (level one's
 * {@code after}) must have fired, seen as {@code escalationStep >= 2} in the read model, and the deadline lag
 * histogram says how late the latest one started.
 */
final class Escalations {

    /** {@code dueSpread}: between the first and the last of these deadlines' due times (their incidents' opening). */
    record Result(int escalated, int incidents, BucketHistogram lag, Duration dueSpread) {
    }

    private Escalations() {
    }

    static Result await(Target target, Incidents incidents, Instant stormStart,
                        BucketHistogram lagBefore, Duration after, Duration timeout) throws InterruptedException {
        Instant giveUp = Instant.now().plus(timeout);
        List<Incidents.Incident> all;
        while (true) {
            all = incidents.declared(stormStart.minusSeconds(1), Instant.now().plusSeconds(1));
            Instant lastDue = all.stream().map(Incidents.Incident::declaredAt).max(Instant::compareTo)
                    .orElse(stormStart).plus(after);
            long escalated = all.stream().filter(i -> i.escalationStep() >= 2).count();
            if ((escalated == all.size() && Instant.now().isAfter(lastDue)) || Instant.now().isAfter(giveUp)) {
                break;
            }
            Thread.sleep(1000);
        }
        BucketHistogram lag = Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG, Metrics.ESCALATION)
                .since(lagBefore);
        Instant first = all.stream().map(Incidents.Incident::declaredAt).min(Instant::compareTo).orElse(stormStart);
        Instant last = all.stream().map(Incidents.Incident::declaredAt).max(Instant::compareTo).orElse(stormStart);
        return new Result((int) all.stream().filter(i -> i.escalationStep() >= 2).count(), all.size(), lag,
                Duration.between(first, last));
    }
}
