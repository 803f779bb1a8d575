package io.beacon.incident.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;

/** Every error of the HTTP API as RFC 9457 problem details. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(IncidentNotFound.class)
    ProblemDetail notFound(IncidentNotFound e) {
        return incidentNotFound(e.id());
    }

    /** A command for an incident the event store doesn't hold. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return incidentNotFound(String.valueOf(e.getAggregateIdentifier()));
    }

    private static ProblemDetail incidentNotFound(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No incident with id " + id);
        problem.setType(URI.create("urn:beacon:problem:incident-not-found"));
        problem.setTitle("Incident not found");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:beacon:problem:invalid-request"));
        problem.setTitle("Invalid request");
        return problem;
    }
}
