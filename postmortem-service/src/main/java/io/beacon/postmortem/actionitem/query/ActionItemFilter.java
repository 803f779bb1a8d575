package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.actionitem.ActionItemStatus;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The manager's review filters of {@code GET /api/action-items}, all optional and combined with "and". Parsed from
 * the query string with every bad value reported at once. {@code manager} selects the items of everyone under that
 * manager, transitively, per the org chart, not the manager's own.
 */
public record ActionItemFilter(Boolean overdue, String team, String owner, String manager,
                               ActionItemStatus status, Priority priority, String postmortem) {

    public static final String STATUSES = "open, in_progress, done or wont_do";

    /** Throws {@link IllegalArgumentException} listing every problem ({@code "; "}-joined) when a value is bad. */
    public static ActionItemFilter parse(String overdue, String team, String owner, String manager, String status,
                                         String priority, String postmortem, OrgChart chart) {
        List<String> problems = new ArrayList<>();
        Boolean parsedOverdue = null;
        if (present(overdue)) {
            switch (overdue.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> parsedOverdue = true;
                case "false" -> parsedOverdue = false;
                default -> problems.add("overdue must be true or false, not '" + cut(overdue) + "'");
            }
        }
        ActionItemStatus parsedStatus = null;
        if (present(status)) {
            try {
                parsedStatus = ActionItemStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("status must be " + STATUSES + ", not '" + cut(status) + "'");
            }
        }
        Priority parsedPriority = null;
        if (present(priority)) {
            parsedPriority = parsePriority(priority);
            if (parsedPriority == null) {
                problems.add("priority must be P1, P2 or P3, not '" + cut(priority) + "'");
            }
        }
        if (present(manager) && !chart.contains(manager.strip())) {
            problems.add("manager '" + cut(manager) + "' is not in the org file, so nobody is known to report to them");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new ActionItemFilter(parsedOverdue, strip(team), strip(owner), strip(manager), parsedStatus,
                parsedPriority, strip(postmortem));
    }

    /** P1, P2 or P3 in any case; null for anything else. */
    public static Priority parsePriority(String text) {
        try {
            return Priority.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The rows this filter keeps, at {@code now}, with {@code chart} for {@code manager}. */
    public Predicate<ActionItemViewRow> matcher(OrgChart chart, Instant now) {
        Set<String> reports = manager == null ? Set.of() : chart.reports(manager);
        return row -> (overdue == null || overdue == row.overdueAt(now))
                && (team == null || team.equals(row.getTeam()))
                && (owner == null || owner.equals(row.getOwner()))
                && (manager == null || reports.contains(row.getOwner()))
                && (status == null || status == row.getStatus())
                && (priority == null || priority == row.getPriority())
                && (postmortem == null || postmortem.equals(row.getPostmortemId()));
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String strip(String text) {
        return present(text) ? text.strip() : null;
    }

    private static String cut(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
