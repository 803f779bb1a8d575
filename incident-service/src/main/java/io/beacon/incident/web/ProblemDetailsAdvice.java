package io.beacon.incident.web;

import io.beacon.incident.api.IncidentAlreadyOpen;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
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
 * Every error of the HTTP API as RFC 9457 problem details: bad input 400 (every problem listed in
 * {@code errors}), no such incident 404, a refusal by the domain (resolved, not resolved, an open incident already)
 * 409. Malformed JSON and the like are answered by {@link ResponseEntityExceptionHandler} (400, problem details).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(IncidentNotFound.class)
    ProblemDetail notFound(IncidentNotFound e) {
        return incidentNotFound(e.id());
    }

    /** A command for an incident the event store doesn't hold, or for a stream that is no incident's. */
    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ProblemDetail notFound(RuntimeException e) {
        return e instanceof AggregateNotFoundException missing
                ? incidentNotFound(String.valueOf(missing.getAggregateIdentifier()))
                : problem(HttpStatus.NOT_FOUND, "incident-not-found", "Incident not found", "No incident with that id");
    }

    private static ProblemDetail incidentNotFound(String id) {
        return problem(HttpStatus.NOT_FOUND, "incident-not-found", "Incident not found", "No incident with id " + id);
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return invalidRequest(e.getMessage(), e.problems());
    }

    /** The domain's refusal of bad input (too long, blank, out of the allowed range). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return invalidRequest(e.getMessage(), List.of(e.getMessage()));
    }

    private static ProblemDetail invalidRequest(String detail, List<String> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(IncidentAlreadyOpen.class)
    ProblemDetail alreadyOpen(IncidentAlreadyOpen e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "incident-already-open", "Incident already open",
                e.getMessage() + ": acknowledge or update that one, or resolve it first");
        problem.setProperty("incidentId", e.incidentId());
        problem.setProperty("incident", "/api/incidents/" + e.incidentId());
        return problem;
    }

    /** Not allowed now, e.g. updating a resolved incident or reopening an open one. */
    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "incident-state-conflict", "Not allowed in the incident's state",
                e.getMessage());
    }

    /** Other instances kept winning the race for the same incident; the retries ran out. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed concurrently",
                "The incident was changed by somebody else at the same moment; try again");
    }

    /** A wrapped failure that escaped {@link IncidentCommands}: answer its cause, or 500 without internals. */
    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail commandFailed(CommandExecutionException e) {
        RuntimeException cause = DomainFailure.unwrap(e, "given");
        return switch (cause) {
            case IncidentNotFound notFound -> notFound(notFound);
            case IncidentAlreadyOpen open -> alreadyOpen(open);
            case IllegalArgumentException bad -> badRequest(bad);
            case IllegalStateException refused -> conflict(refused);
            default -> {
                log.error("Command failed", e);
                yield problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Command failed",
                        "The command could not be handled; see the service's log");
            }
        };
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:beacon:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
