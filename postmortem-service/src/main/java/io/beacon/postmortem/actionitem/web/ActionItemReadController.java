package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.query.ActionItemFilter;
import io.beacon.postmortem.actionitem.query.ActionItemViewRepository;
import io.beacon.postmortem.actionitem.query.RiskBacklog;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.query.PostmortemViewRepository;
import io.beacon.postmortem.query.PostmortemViewRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The manager's review of action items, from the read model. Filtered in memory: a team's items number in the
 * hundreds or thousands, and the {@code manager} filter needs the org chart, which the database doesn't have.
 */
@RestController
@RequestMapping("/api/action-items")
@Tag(name = "Action items")
class ActionItemReadController {

    private final ActionItemViewRepository items;
    private final PostmortemViewRepository postmortems;
    private final OrgChart chart;
    private final Clock clock = Clock.systemUTC();

    ActionItemReadController(ActionItemViewRepository items, PostmortemViewRepository postmortems, OrgChart chart) {
        this.items = items;
        this.postmortems = postmortems;
        this.chart = chart;
    }

    @GetMapping
    @Operation(summary = "Action items, by due date; filters combine")
    List<ActionItemView> list(
            @RequestParam(required = false) @Parameter(description = "true: open or in progress and past due")
            String overdue,
            @RequestParam(required = false) String team,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @Parameter(description = "everyone under this manager, transitively")
            String manager,
            @RequestParam(required = false) @Parameter(description = ActionItemFilter.STATUSES) String status,
            @RequestParam(required = false) @Parameter(description = "P1, P2 or P3") String priority,
            @RequestParam(required = false) @Parameter(description = "a postmortem id") String postmortem) {
        ActionItemFilter filter = ActionItemFilter.parse(overdue, team, owner, manager, status, priority, postmortem,
                chart);
        Instant now = clock.instant();
        return items.findAllByOrderByDueAtAscActionItemIdAsc().stream().filter(filter.matcher(chart, now))
                .map(row -> ActionItemView.of(row, now)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One action item")
    ActionItemView get(@PathVariable String id) {
        return items.findById(id).map(row -> ActionItemView.of(row, clock.instant()))
                .orElseThrow(() -> NotFound.actionItem(id));
    }

    @GetMapping("/risk-backlog")
    @Operation(summary = "Open items ranked by severity × recurrence of the incidents behind them (README)")
    List<RiskEntry> riskBacklog() {
        Instant now = clock.instant();
        Map<String, Long> perService = postmortems.findAll().stream().map(PostmortemViewRow::getService)
                .filter(Objects::nonNull).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<RiskBacklog.Entry> ranked = RiskBacklog.rank(items.findAll(), perService, now);
        return IntStream.range(0, ranked.size()).mapToObj(i -> RiskEntry.of(i + 1, ranked.get(i), now)).toList();
    }
}
