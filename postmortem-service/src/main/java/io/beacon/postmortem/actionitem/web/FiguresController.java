package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.query.ActionItemViewRepository;
import io.beacon.postmortem.actionitem.query.ReviewFigures;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.query.PostmortemViewRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The manager's figures: follow-through of action items and postmortems, overall and per team. */
@RestController
@Tag(name = "Figures")
class FiguresController {

    private final ActionItemViewRepository items;
    private final PostmortemViewRepository postmortems;
    private final OrgChart chart;
    private final Clock clock = Clock.systemUTC();

    FiguresController(ActionItemViewRepository items, PostmortemViewRepository postmortems, OrgChart chart) {
        this.items = items;
        this.postmortems = postmortems;
        this.chart = chart;
    }

    @GetMapping("/api/figures")
    @Operation(summary = "Per team and overall: items completed on time, overdue, median days late; postmortems"
            + " published on time")
    ReviewFigures figures() {
        return ReviewFigures.of(items.findAll(), postmortems.findAll(), chart, clock.instant());
    }
}
