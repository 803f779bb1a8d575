package io.beacon.e2e;

import java.util.List;
import java.util.Set;

/**
 * The figures a fault-injection test prints: requests sent, alerts accepted (answered 2xx at least once), answers
 * refused (503) and failed otherwise (any other status, or no answer), accepted alerts landed on their incident's
 * timeline, duplicates (incidents beyond one per service plus timeline entries seen twice) and accepted alerts lost.
 * Alerts only ever refused may land too (the broker stored them but its acknowledgement was lost): that is
 * at-least-once delivery and counted apart, never as lost or duplicated. The slowest 503 shows how promptly the
 * gateway refused.
 */
record StormFigures(int alerts, int sent, int accepted, int refused, int failed, int landed, int extraIncidents,
                    int repeatedEntries, List<StormAlert> lost, int landedThoughRefused, long slowestRefusalMs) {

    static StormFigures of(AlertStorm storm, StormLedger ledger) {
        List<StormAnswer> answers = storm.answers();
        Set<StormAlert> accepted = storm.accepted();
        List<StormAlert> lost = accepted.stream().filter(alert -> !ledger.landed(alert)).toList();
        int landedThoughRefused = (int) storm.alerts().stream()
                .filter(alert -> !accepted.contains(alert) && ledger.landed(alert)).count();
        return new StormFigures(storm.alerts().size(), answers.size(), accepted.size(),
                (int) answers.stream().filter(StormAnswer::refused).count(),
                (int) answers.stream().filter(answer -> !answer.accepted() && !answer.refused()).count(),
                accepted.size() - lost.size(), ledger.extraIncidents(), ledger.repeatedEntries(), lost,
                landedThoughRefused, answers.stream().filter(StormAnswer::refused)
                        .mapToLong(answer -> answer.took().toMillis()).max().orElse(0));
    }

    int duplicated() {
        return extraIncidents + repeatedEntries;
    }

    String line(String test) {
        return "[%s] alerts=%d sent=%d accepted=%d refused=%d failed=%d landed=%d duplicated=%d "
                .formatted(test, alerts, sent, accepted, refused, failed, landed, duplicated())
                + "(extraIncidents=%d repeatedTimelineEntries=%d) lost=%d landedThoughRefused=%d slowest503=%dms"
                .formatted(extraIncidents, repeatedEntries, lost.size(), landedThoughRefused, slowestRefusalMs);
    }
}
