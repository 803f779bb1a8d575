package io.beacon.postmortem.web;

import io.beacon.postmortem.postmortem.PostmortemNotBlameless;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Every error of the postmortem API as RFC 9457 problem details: bad input 400 (problems in {@code errors}), no
 * such postmortem 404, a refusal 409 (published already; not blameless, with the check's {@code flags}). Malformed
 * JSON and the like are answered by {@link ResponseEntityExceptionHandler} (400, problem details).
 */
@RestControllerAdvice(basePackageClasses = ProblemDetailsAdvice.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(PostmortemNotFound.class)
    ProblemDetail notFound(PostmortemNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "postmortem-not-found", "Postmortem not found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
        problem.setProperty("errors", List.of(e.getMessage().split("; ")));
        return problem;
    }

    @ExceptionHandler(PostmortemNotBlameless.class)
    ProblemDetail notBlameless(PostmortemNotBlameless e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "postmortem-not-blameless", "Not blameless",
                e.getMessage());
        problem.setProperty("flags", e.flags());
        return problem;
    }

    /** Not allowed now, e.g. editing a published postmortem. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "postmortem-state-conflict", "Not allowed in the postmortem's state",
                e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "The postmortem was changed by somebody else at the same moment; try again");
    }

    /** A wrapped failure {@link Commands} could not explain: 500 without internals. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        log.error("Command failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Command failed",
                "The command could not be handled; see the service's log");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:beacon:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
