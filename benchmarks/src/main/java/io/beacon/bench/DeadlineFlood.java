package io.beacon.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Escalation deadlines falling due together: {@code count} services the platform has never seen fire at once, so
 * their incidents open as fast as the platform opens incidents and each one's first escalation (level one's
 * {@code after}) falls due that long after its opening. The due times are therefore as dense as the opening rate
 * allows; the result says how many fell due within one minute at the densest, beside the goal's 10,000.
 */
final class DeadlineFlood {

    /**
     * {@code densestMinute}: the most first escalations due within any 60 s; {@code dueSpread}: first to last due.
     */
    record Result(int incidents, int escalated, BucketHistogram lag, Duration dueSpread, int densestMinute,
                  Duration sent) {
    }

    private static final Duration SLICE = Duration.ofSeconds(2);

    private DeadlineFlood() {
    }

    static Result run(Target target, Incidents incidents, LoadGenerator load, List<String> services,
                      Duration after, Duration timeout) throws InterruptedException {
        BucketHistogram lagBefore = Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG,
                Metrics.ESCALATION);
        Instant start = Instant.now();
        int webhooks = (services.size() + Sizes.ALERTS_PER_WEBHOOK - 1) / Sizes.ALERTS_PER_WEBHOOK;
        LoadGenerator.Outcome sent = load.openLoop(200, webhooks, i -> services.subList(i * Sizes.ALERTS_PER_WEBHOOK,
                Math.min(services.size(), (i + 1) * Sizes.ALERTS_PER_WEBHOOK)));
        Set<String> wanted = new HashSet<>(services);
        Instant giveUp = Instant.now().plus(timeout);
        List<Incidents.Incident> mine;
        while (true) {
            mine = declaredSince(incidents, start).stream().filter(i -> wanted.contains(i.service())).toList();
            long escalated = mine.stream().filter(i -> i.escalationStep() >= 2).count();
            if ((mine.size() == services.size() && escalated == mine.size()) || Instant.now().isAfter(giveUp)) {
                break;
            }
            Thread.sleep(2000);
        }
        BucketHistogram lag = Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG, Metrics.ESCALATION)
                .since(lagBefore);
        List<Instant> due = mine.stream().map(i -> i.declaredAt().plus(after)).sorted().toList();
        Duration spread = due.isEmpty() ? Duration.ZERO : Duration.between(due.getFirst(), due.getLast());
        return new Result(mine.size(), (int) mine.stream().filter(i -> i.escalationStep() >= 2).count(), lag, spread,
                densestMinute(due), sent.elapsed());
    }

    /** The most instants within any 60 s (sorted input). */
    static int densestMinute(List<Instant> sorted) {
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (Duration.between(sorted.get(from), sorted.get(to)).compareTo(Duration.ofSeconds(60)) >= 0) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    /** The API answers at most 500 incidents a query: asked in slices of two seconds, halved while one is full. */
    private static List<Incidents.Incident> declaredSince(Incidents incidents, Instant start) {
        List<Incidents.Incident> all = new ArrayList<>();
        Instant end = Instant.now().plusSeconds(1);
        Instant from = start.minusSeconds(1);
        Duration slice = SLICE;
        while (from.isBefore(end)) {
            Instant to = from.plus(slice);
            List<Incidents.Incident> page = incidents.declared(from, to);
            if (page.size() >= 500 && slice.toMillis() > 1) {
                slice = slice.dividedBy(2);
                continue;
            }
            all.addAll(page);
            from = to;
            slice = SLICE;
        }
        return all;
    }
}
