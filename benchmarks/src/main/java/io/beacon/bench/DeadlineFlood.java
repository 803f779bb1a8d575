package io.beacon.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Escalation deadlines falling due together: {@code count} services the platform has never seen fire once each,
 * paced at {@link #SENT_PER_SECOND} (below the rate the platform opens incidents at, so each opens as it arrives).
 * The services are split, in the order they are sent, into {@link #GROUPS} groups, each its own on-call team whose
 * first escalation level waits long enough for the group's deadlines to fall due a little after the previous
 * group's: opened over minutes, the incidents' first escalations are planned to fall due within one stretch of
 * {@code count / DUE_PER_SECOND} seconds (50 s for 10,000). What fell due in fact depends on when each incident
 * opened: the result says how many were due within one minute at the densest, beside the goal's 10,000.
 */
final class DeadlineFlood {

    /** Services sent a second: 7 webhooks of 10. */
    static final int SENT_PER_SECOND = 70;
    /** The planned density of due times: 10,000 within 50 s, so within the goal's minute with room for jitter. */
    static final int DUE_PER_SECOND = 200;
    static final int GROUPS = 50;

    /**
     * {@code densestMinute}: the most first escalations due within any 60 s; {@code dueSpread}: first to last due.
     */
    record Result(int incidents, int escalated, BucketHistogram lag, Duration dueSpread, int densestMinute,
                  Duration sent) {
    }

    /**
     * The services in send order, split into groups, and each group's first-level wait; {@code plannedSpread}: from
     * the first group's first due time to the last group's last, if every incident opened as its webhook was sent.
     */
    record Plan(List<List<String>> groups, List<Duration> afters, Duration plannedSpread) {

        Map<String, Duration> afterByService() {
            Map<String, Duration> after = new HashMap<>();
            for (int k = 0; k < groups.size(); k++) {
                for (String service : groups.get(k)) {
                    after.put(service, afters.get(k));
                }
            }
            return after;
        }

        Duration longestAfter() {
            return afters.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        }

        List<String> services() {
            return groups.stream().flatMap(List::stream).toList();
        }

        int webhooks() {
            return DeadlineFlood.webhooks(services().size());
        }

        /** "10,000 new services, 70 a second, in 50 on-call teams whose first escalations wait …". */
        String describe() {
            return Format.number(services().size()) + " new services, " + SENT_PER_SECOND + " a second, in "
                    + groups.size() + " on-call teams whose first escalations wait "
                    + afters.stream().min(Duration::compareTo).orElse(Duration.ZERO) + " to " + longestAfter()
                    + ", planned to fall due within " + Format.number(plannedSpread.toMillis() / 1000.0) + " s";
        }
    }

    private static final Duration SLICE = Duration.ofSeconds(2);

    private DeadlineFlood() {
    }

    /**
     * Splits {@code services} on webhook boundaries into at most {@link #GROUPS} groups. Group {@code k}'s first
     * webhook is sent at {@code s(k)}; its deadlines are to fall due from {@code d(k) = k * spread / groups} after
     * the first group's, so it waits {@code A + d(k) - s(k)}, with {@code A} the least that keeps every wait at
     * {@code minAfter} or more.
     */
    static Plan plan(List<String> services, Duration minAfter) {
        int webhooks = webhooks(services.size());
        int groups = Math.max(1, Math.min(GROUPS, webhooks));
        double webhookEvery = (double) Sizes.ALERTS_PER_WEBHOOK / SENT_PER_SECOND;
        double dueWithin = (double) services.size() / DUE_PER_SECOND;
        List<List<String>> split = new ArrayList<>();
        double[] offset = new double[groups];
        double least = Double.MAX_VALUE;
        for (int k = 0; k < groups; k++) {
            int firstWebhook = k * webhooks / groups;
            int endWebhook = (k + 1) * webhooks / groups;
            split.add(webhookSlice(services, firstWebhook, endWebhook));
            offset[k] = k * dueWithin / groups - firstWebhook * webhookEvery;
            least = Math.min(least, offset[k]);
        }
        List<Duration> afters = new ArrayList<>();
        for (int k = 0; k < groups; k++) {
            afters.add(minAfter.plusMillis(Math.round((offset[k] - least) * 1000)));
        }
        int lastFirst = (groups - 1) * webhooks / groups;
        double lastSends = (webhooks - lastFirst - 1) * webhookEvery;
        return new Plan(split, afters, Duration.ofMillis(Math.round(((groups - 1) * dueWithin / groups + lastSends)
                * 1000)));
    }

    static Result run(Target target, Incidents incidents, LoadGenerator load, Plan plan, Duration timeout)
            throws InterruptedException {
        BucketHistogram lagBefore = Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG,
                Metrics.ESCALATION);
        List<String> services = plan.services();
        Map<String, Duration> after = plan.afterByService();
        Instant start = Instant.now();
        LoadGenerator.Outcome sent = load.openLoop(SENT_PER_SECOND / Sizes.ALERTS_PER_WEBHOOK, plan.webhooks(),
                i -> webhookSlice(services, i, i + 1));
        Instant giveUp = Instant.now().plus(timeout);
        List<Incidents.Incident> mine;
        while (true) {
            // the service's own count of fired escalations first: listing 10,000 incidents every two seconds cost
            // incident-service a twelfth of its CPU while the deadlines were firing
            double fired;
            int polls = 0;
            while ((fired = firedSince(target, lagBefore)) < services.size() && Instant.now().isBefore(giveUp)) {
                if (fired > 0 && polls++ % 5 == 0) {
                    long count = (long) fired;
                    Benchmark.say("deadline flood: " + count + (count == 1 ? " escalation" : " escalations")
                            + " fired");
                }
                Thread.sleep(2000);
            }
            mine = declaredSince(incidents, start).stream().filter(i -> after.containsKey(i.service())).toList();
            long escalated = mine.stream().filter(i -> i.escalationStep() >= 2).count();
            if ((mine.size() == services.size() && escalated == mine.size()) || Instant.now().isAfter(giveUp)) {
                break;
            }
            Thread.sleep(2000);
        }
        BucketHistogram lag = Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG, Metrics.ESCALATION)
                .since(lagBefore);
        List<Instant> due = mine.stream().map(i -> i.declaredAt().plus(after.get(i.service()))).sorted().toList();
        Duration spread = due.isEmpty() ? Duration.ZERO : Duration.between(due.getFirst(), due.getLast());
        return new Result(mine.size(), (int) mine.stream().filter(i -> i.escalationStep() >= 2).count(), lag, spread,
                densestMinute(due), sent.elapsed());
    }

    /** Webhooks of {@link Sizes#ALERTS_PER_WEBHOOK} services, the last one short. */
    private static int webhooks(int services) {
        return (services + Sizes.ALERTS_PER_WEBHOOK - 1) / Sizes.ALERTS_PER_WEBHOOK;
    }

    /** The services of webhooks {@code from} (inclusive) to {@code to} (exclusive). */
    private static List<String> webhookSlice(List<String> services, int from, int to) {
        return services.subList(from * Sizes.ALERTS_PER_WEBHOOK,
                Math.min(services.size(), to * Sizes.ALERTS_PER_WEBHOOK));
    }

    private static double firedSince(Target target, BucketHistogram before) {
        return Metrics.histogram(target.scrapeIncidents(), Metrics.DEADLINE_LAG, Metrics.ESCALATION).since(before)
                .count();
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
