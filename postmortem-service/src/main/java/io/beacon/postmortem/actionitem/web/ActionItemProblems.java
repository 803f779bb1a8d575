package io.beacon.postmortem.actionitem.web;

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
 * Every error of the action-item API as RFC 9457 problem details: bad input 400 (every problem in {@code errors}),
 * no such item or postmortem 404, not allowed in the item's state 409. 401 and 403 come from the security chain.
 */
@RestControllerAdvice(basePackageClasses = ActionItemProblems.class)
class ActionItemProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ActionItemProblems.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.type(), "Not found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
        problem.setProperty("errors", List.of(e.getMessage().split("; ")));
        return problem;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "action-item-state-conflict", "Not allowed in the action item's state",
                e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "The action item was changed by somebody else at the same moment; try again");
    }

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
