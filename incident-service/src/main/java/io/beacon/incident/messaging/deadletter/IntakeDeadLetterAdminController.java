package io.beacon.incident.messaging.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.Principal;

/**
 * Lets an operator see the alert signals the intake parked and, once the cause is fixed, replay them into the
 * intake. Under {@code /api/admin/**}: managers only (ApiOperation.ADMINISTER). Replay is idempotent: a record is
 * republished once, whoever asks and however often.
 */
@RestController
@RequestMapping("/api/admin/intake-dead-letters")
class IntakeDeadLetterAdminController {

    private static final int MAX_LIMIT = 1000;
    private final ParkedIntake parked;
    private final IntakeReplayer replayer;

    IntakeDeadLetterAdminController(ParkedIntake parked, IntakeReplayer replayer) {
        this.parked = parked;
        this.replayer = replayer;
    }

    @GetMapping
    ParkedIntake.Listing list(@RequestParam(defaultValue = "100") int limit,
                              @RequestParam(defaultValue = "false") boolean includeReplayed) {
        return parked.list(Math.clamp(limit, 1, MAX_LIMIT), includeReplayed);
    }

    /** Synchronous: answers once every record not replayed before was republished and acknowledged by the broker. */
    @PostMapping("/replay")
    ReplayOutcome replay(Principal caller) {
        return replayer.replay(caller.getName());
    }

    @ExceptionHandler({IntakeReplayer.ReplayFailed.class, org.apache.kafka.common.KafkaException.class,
            IllegalStateException.class})
    ResponseEntity<ProblemDetail> brokerUnavailable(RuntimeException failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                failure.getMessage() + "; records not republished stay parked, retry the request later");
        problem.setType(URI.create("urn:beacon:problem:intake-dead-letters-unavailable"));
        problem.setTitle("Intake dead letters unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
