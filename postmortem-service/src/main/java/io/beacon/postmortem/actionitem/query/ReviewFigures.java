package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.OverdueFigures;
import io.beacon.postmortem.followup.TrackedItem;
import io.beacon.postmortem.query.PostmortemViewRow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The manager's figures, overall and per team. Action items: {@link OverdueFigures} over their team as recorded at
 * creation (won't-do items counted apart; an item moved to a later date counts against that date). Postmortems:
 * published on time (published at or before the publish deadline) out of those published or past their deadline;
 * a postmortem's team is its owner's per the org chart. Either without a team: {@value #UNASSIGNED}.
 */
public record ReviewFigures(Instant at, TeamFigures overall, SortedMap<String, TeamFigures> teams) {

    public static final String UNASSIGNED = "unassigned";

    public record TeamFigures(ActionItems actionItems, Postmortems postmortems) {
    }

    /** {@link OverdueFigures} with plain numbers (null when there is nothing to measure). */
    public record ActionItems(int items, int deprioritised, int completedOnTime, int completedLate, int overdue,
                              Double shareCompletedOnTime, Double medianDaysLate) {

        static ActionItems of(OverdueFigures f) {
            return new ActionItems(f.items(), f.deprioritised(), f.completedOnTime(), f.completedLate(), f.overdue(),
                    f.shareCompletedOnTime().isPresent() ? f.shareCompletedOnTime().getAsDouble() : null,
                    f.medianDaysLate().isPresent() ? f.medianDaysLate().getAsDouble() : null);
        }
    }

    /** {@code settled}: published, or past the deadline unpublished. */
    public record Postmortems(int postmortems, int settled, int publishedOnTime, Double sharePublishedOnTime) {

        static Postmortems of(Collection<PostmortemViewRow> rows, Instant now) {
            int settled = 0;
            int onTime = 0;
            for (PostmortemViewRow row : rows) {
                Instant due = row.getPublishDueAt();
                Instant published = row.getPublishedAt();
                if (due == null || (published == null && !due.isBefore(now))) {
                    continue;
                }
                settled++;
                if (published != null && !published.isAfter(due)) {
                    onTime++;
                }
            }
            return new Postmortems(rows.size(), settled, onTime, settled == 0 ? null : (double) onTime / settled);
        }
    }

    public static ReviewFigures of(List<ActionItemViewRow> items, List<PostmortemViewRow> postmortems,
                                   OrgChart chart, Instant now) {
        List<TrackedItem> tracked = items.stream().map(row -> new TrackedItem(row.getOwner(),
                Objects.requireNonNullElse(row.getTeam(), UNASSIGNED), row.getDueAt(), row.getCompletedAt(),
                row.isWontDo())).toList();
        Map<String, OverdueFigures> itemsPerTeam = OverdueFigures.perTeam(tracked, now);
        Map<String, List<PostmortemViewRow>> postmortemsPerTeam = postmortems.stream().collect(
                Collectors.groupingBy(row -> row.getOwner() == null ? UNASSIGNED
                        : chart.teamOf(row.getOwner()).orElse(UNASSIGNED)));
        SortedMap<String, TeamFigures> teams = new TreeMap<>();
        Set<String> names = new TreeSet<>(itemsPerTeam.keySet());
        names.addAll(postmortemsPerTeam.keySet());
        for (String team : names) {
            teams.put(team, new TeamFigures(
                    ActionItems.of(itemsPerTeam.getOrDefault(team, OverdueFigures.of(List.of(), now))),
                    Postmortems.of(postmortemsPerTeam.getOrDefault(team, List.of()), now)));
        }
        return new ReviewFigures(now, new TeamFigures(ActionItems.of(OverdueFigures.of(tracked, now)),
                Postmortems.of(postmortems, now)), teams);
    }
}
