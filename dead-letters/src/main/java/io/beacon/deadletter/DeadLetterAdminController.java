package io.beacon.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Lets an operator see the events a processing group parked and, once the cause is fixed (a deployment, a data
 * correction), process them again or drop one. Under {@code /api/admin/**}: managers only (ApiOperation.ADMINISTER).
 */
@RestController
@RequestMapping(DeadLetterConfiguration.ADMIN_PATH)
class DeadLetterAdminController {

    private static final int MAX_LIMIT = 500;
    private final ParkedLetters parked;

    DeadLetterAdminController(ParkedLetters parked) {
        this.parked = parked;
    }

    @GetMapping
    List<DeadLetterGroupView> list(@RequestParam(defaultValue = "100") int limit) {
        int bounded = Math.clamp(limit, 1, MAX_LIMIT);
        return parked.groups().stream()
                .map(group -> parked.view(group, bounded).orElseThrow())
                .toList();
    }

    @GetMapping("/{group}")
    ResponseEntity<?> group(@PathVariable String group, @RequestParam(defaultValue = "100") int limit) {
        return parked.view(group, Math.clamp(limit, 1, MAX_LIMIT))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSuchGroup(group));
    }

    /** Synchronous: answers once every parked sequence of the group was tried once. */
    @PostMapping("/{group}/retry")
    ResponseEntity<?> retry(@PathVariable String group) {
        return parked.retry(group)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> noSuchGroup(group));
    }

    @DeleteMapping("/{group}/{letterId}")
    ResponseEntity<?> evict(@PathVariable String group, @PathVariable String letterId) {
        return switch (parked.evict(group, letterId)) {
            case EVICTED -> ResponseEntity.noContent().build();
            case NO_SUCH_GROUP -> noSuchGroup(group);
            case NO_SUCH_LETTER -> problem(HttpStatus.NOT_FOUND, "dead-letter-not-found", "Dead letter not found",
                    "No parked letter " + letterId + " in processing group " + group);
        };
    }

    private ResponseEntity<ProblemDetail> noSuchGroup(String group) {
        return problem(HttpStatus.NOT_FOUND, "dead-letter-group-not-found", "No such dead-letter queue",
                "No processing group " + group + " with a dead-letter queue; groups: " + parked.groups());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:beacon:problem:" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
