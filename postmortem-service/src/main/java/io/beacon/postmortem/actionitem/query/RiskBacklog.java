package io.beacon.postmortem.actionitem.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The reliability-risk backlog: the items still to be done, ranked by the risk they leave open. Score = severity
 * weight of the incident behind the item (SEV1 4, SEV2 3, SEV3 2, SEV4 1, unknown 2) × recurrence (how many
 * postmortems its service has had, at least 1). Ties: overdue first, then the earlier due date. A product rather
 * than a sum, so a SEV3 that keeps coming back outranks a one-off SEV2.
 */
public final class RiskBacklog {

    private RiskBacklog() {
    }

    /** One ranked item, with its score and the reason in words. */
    public record Entry(ActionItemViewRow item, int score, int severityWeight, long recurrence, boolean overdue,
                        String why) {
    }

    public static int severityWeight(String severity) {
        if (severity == null) {
            return 2;
        }
        return switch (severity) {
            case "SEV1" -> 4;
            case "SEV2" -> 3;
            case "SEV3" -> 2;
            case "SEV4" -> 1;
            default -> 2;
        };
    }

    /** The active items of {@code items}, highest risk first; {@code postmortemsPerService} counts recurrence. */
    public static List<Entry> rank(Collection<ActionItemViewRow> items, Map<String, Long> postmortemsPerService,
                                   Instant now) {
        return items.stream().filter(ActionItemViewRow::active)
                .map(item -> entry(item, postmortemsPerService, now))
                .sorted(Comparator.comparingInt(Entry::score).reversed()
                        .thenComparing(Entry::overdue, Comparator.reverseOrder())
                        .thenComparing(entry -> entry.item().getDueAt())
                        .thenComparing(entry -> entry.item().getActionItemId()))
                .toList();
    }

    private static Entry entry(ActionItemViewRow item, Map<String, Long> postmortemsPerService, Instant now) {
        int weight = severityWeight(item.getSeverity());
        long recurrence = item.getService() == null ? 1
                : Math.max(1, postmortemsPerService.getOrDefault(item.getService(), 1L));
        boolean overdue = item.overdueAt(now);
        String why = (item.getSeverity() == null ? "severity unknown" : item.getSeverity()) + ", "
                + (item.getService() == null ? "an unknown service" : item.getService()) + " had " + recurrence
                + (recurrence == 1 ? " incident with a postmortem" : " incidents with postmortems")
                + (overdue ? "; overdue by " + item.daysLate(now) + " day(s)" : "");
        return new Entry(item, Math.toIntExact(weight * recurrence), weight, recurrence, overdue, why);
    }
}
