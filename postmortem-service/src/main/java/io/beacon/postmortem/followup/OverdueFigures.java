package io.beacon.postmortem.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The figures a manager reviews, overall and per team. Deprioritised items count only as deprioritised: their risk was
 * accepted, so they are neither on time nor late. An item counts towards the on-time share once it is settled:
 * completed, or open past its due date; items not yet due are left out. Days late are measured for items completed
 * late (completion minus due) and for overdue items (now minus due), in fractional days.
 */
public record OverdueFigures(int items, int deprioritised, int completedOnTime, int completedLate, int overdue,
                             OptionalDouble shareCompletedOnTime, OptionalDouble medianDaysLate) {

    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();
    /** The team key for items whose team is unknown. */
    public static final String NO_TEAM = "(no team)";

    public static OverdueFigures of(Collection<TrackedItem> items, Instant now) {
        int deprioritised = 0;
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        double[] daysLate = new double[items.size()];
        int lateCount = 0;
        for (TrackedItem item : items) {
            if (item.deprioritised()) {
                deprioritised++;
            } else if (item.completed() && !item.completedAt().isAfter(item.due())) {
                onTime++;
            } else if (item.completed()) {
                late++;
                daysLate[lateCount++] = days(item.due(), item.completedAt());
            } else if (item.overdueAt(now)) {
                overdue++;
                daysLate[lateCount++] = days(item.due(), now);
            }
        }
        int settled = onTime + late + overdue;
        return new OverdueFigures(items.size(), deprioritised, onTime, late, overdue,
                settled == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / settled),
                median(Arrays.copyOf(daysLate, lateCount)));
    }

    /** The same figures for each team, by team name; items without a team under {@link #NO_TEAM}. */
    public static Map<String, OverdueFigures> perTeam(Collection<TrackedItem> items, Instant now) {
        return items.stream()
                .collect(Collectors.groupingBy(item -> Objects.requireNonNullElse(item.team(), NO_TEAM), TreeMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> of(e.getValue(), now), (a, b) -> a, TreeMap::new));
    }

    /** The overdue items, most overdue first. */
    public static List<TrackedItem> overdue(Collection<TrackedItem> items, Instant now) {
        return items.stream().filter(item -> item.overdueAt(now))
                .sorted(Comparator.comparing(TrackedItem::due)).toList();
    }

    static OptionalDouble median(double[] values) {
        if (values.length == 0) {
            return OptionalDouble.empty();
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return OptionalDouble.of(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / DAY_MILLIS;
    }
}
