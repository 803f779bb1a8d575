package io.beacon.slack.delivery;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Lets an operator see what Slack never took and send it again once the cause is fixed (channel restored…). */
@RestController
@RequestMapping(SlackDeliveryConfiguration.ADMIN_PATH)
class SlackOutboxAdminController {

    private static final int MAX_LIMIT = 500;

    private final OutboxQueries queries;
    private final OutboxStore store;
    private final DeliveryWakeUp wakeUp;
    private final Clock clock;

    SlackOutboxAdminController(OutboxQueries queries, OutboxStore store, DeliveryWakeUp wakeUp, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.wakeUp = wakeUp;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) String status,
                           @RequestParam(defaultValue = "100") int limit) {
        OutboxStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : OutboxStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    "status must be one of PENDING, SENDING, DELIVERED, FAILED");
        }
        List<OutboxRowView> rows = queries.list(wanted, Math.clamp(limit, 1, MAX_LIMIT)).stream()
                .map(OutboxRowView::of).toList();
        return ResponseEntity.ok(rows);
    }

    @PostMapping("/{id}/retry")
    ResponseEntity<?> retry(@PathVariable long id) {
        var row = queries.byId(id);
        if (row.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "slack-outbox-row-not-found", "Outbox row not found",
                    "No Slack outbox row with id " + id);
        }
        if (!store.requeue(id, clock.instant())) {
            return problem(HttpStatus.CONFLICT, "slack-outbox-row-not-failed", "Outbox row is not FAILED",
                    "Only FAILED rows can be retried; row " + id + " is " + row.get().status());
        }
        wakeUp.wakeForNewRows();
        return ResponseEntity.accepted().body(OutboxRowView.of(queries.byId(id).orElseThrow()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:beacon:problem:" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
