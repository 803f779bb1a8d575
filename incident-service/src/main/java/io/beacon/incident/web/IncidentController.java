package io.beacon.incident.web;

import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.query.IncidentFilter;
import io.beacon.incident.query.IncidentSummaryRepository;
import io.beacon.incident.query.IncidentTimeline;
import io.beacon.incident.query.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The incident reads: open unless {@code beacon.api.reads-require-token}. */
@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Incidents")
class IncidentController {

    private static final int MAX_LIMIT = 500;
    /**
     * A timeline page unless asked otherwise: most incidents in one, a storm incident's 10,000 signals in pages (what
     * Slack's and GitHub's APIs do). A page costs what its events cost to read: 100 about 12 ms, 500 about 35 ms
     * on this project's 2-core benchmark machine (docs/benchmarks.md).
     */
    static final int TIMELINE_PAGE = 100;
    static final int MAX_TIMELINE_PAGE = 1_000;
    private static final String STATUSES = "one of TRIGGERED, ACKNOWLEDGED, INVESTIGATING, IDENTIFIED, MONITORING,"
            + " RESOLVED";
    private static final String INSTANT = "an ISO-8601 instant such as 2026-11-22T09:00:00Z";
    private final IncidentSummaryRepository incidents;
    private final IncidentTimeline timeline;
    private final IncidentIds ids;

    IncidentController(IncidentSummaryRepository incidents, IncidentTimeline timeline, IncidentIds ids) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.ids = ids;
    }

    @GetMapping
    @Operation(summary = "List incidents, newest first")
    List<IncidentView> list(@RequestParam(required = false) String service,
                            @RequestParam(required = false) @Parameter(description = STATUSES) String status,
                            @RequestParam(required = false) @Parameter(description = "SEV1..SEV4") String severity,
                            @RequestParam(required = false) @Parameter(description = "declared at or after")
                            String from,
                            @RequestParam(required = false) @Parameter(description = "declared before") String to,
                            @RequestParam(defaultValue = "100") @Parameter(description = "1 to 500") String limit) {
        InputProblems problems = new InputProblems();
        IncidentStatus parsedStatus = problems.parse("status", status,
                text -> IncidentStatus.valueOf(text.toUpperCase(Locale.ROOT)), STATUSES);
        IncidentSeverity parsedSeverity = problems.parse("severity", severity, IncidentSeverity::parse,
                IncidentRequests.SEVERITIES);
        Instant parsedFrom = problems.parse("from", from, Instant::parse, INSTANT);
        Instant parsedTo = problems.parse("to", to, Instant::parse, INSTANT);
        Integer parsedLimit = problems.parse("limit", limit, IncidentController::limit,
                "a number from 1 to " + MAX_LIMIT);
        if (parsedFrom != null && parsedTo != null && !parsedFrom.isBefore(parsedTo)) {
            problems.add("from: must be before to");
        }
        problems.throwIfAny();
        IncidentFilter filter = new IncidentFilter(service == null || service.isBlank() ? null : service.strip(),
                parsedStatus, parsedSeverity, parsedFrom, parsedTo);
        return incidents.search(filter, parsedLimit).stream().map(IncidentView::of).toList();
    }

    private static int limit(String text) {
        return limit(text, MAX_LIMIT);
    }

    private static int limit(String text, int max) {
        int limit = Integer.parseInt(text);
        if (limit < 1 || limit > max) {
            throw new IllegalArgumentException();
        }
        return limit;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident, by id or reference (INC-42)")
    IncidentView get(@PathVariable String id) {
        return ids.resolve(id).flatMap(incidents::findById).map(IncidentView::of)
                .orElseThrow(() -> new IncidentNotFound(id));
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "The incident's timeline from its event stream, oldest first, a page at a time: a "
            + "Link header (rel=\"next\") gives the next page while entries follow")
    ResponseEntity<List<TimelineEntry>> timeline(@PathVariable String id,
            @RequestParam(required = false) @Parameter(description = "the sequence of the last entry already read")
            String after,
            @RequestParam(defaultValue = "" + TIMELINE_PAGE) @Parameter(description = "1 to " + MAX_TIMELINE_PAGE)
            String limit) {
        InputProblems problems = new InputProblems();
        Long parsedAfter = problems.parse("after", after, IncidentController::sequence,
                "the sequence of a timeline entry (0 or more)");
        Integer parsedLimit = problems.parse("limit", limit, text -> limit(text, MAX_TIMELINE_PAGE),
                "a number from 1 to " + MAX_TIMELINE_PAGE);
        problems.throwIfAny();
        IncidentTimeline.Page page = ids.resolve(id)
                .flatMap(incident -> timeline.page(incident, parsedAfter == null ? -1 : parsedAfter, parsedLimit))
                .orElseThrow(() -> new IncidentNotFound(id));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.more()) {
            answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("after", page.last())
                    .replaceQueryParam("limit", parsedLimit)
                    .build().toUriString() + ">; rel=\"next\"");
        }
        return answer.body(page.entries());
    }

    private static long sequence(String text) {
        long sequence = Long.parseLong(text);
        if (sequence < 0) {
            throw new IllegalArgumentException();
        }
        return sequence;
    }
}
