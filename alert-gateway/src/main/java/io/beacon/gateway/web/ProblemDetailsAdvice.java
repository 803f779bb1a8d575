package io.beacon.gateway.web;

import io.beacon.gateway.publishing.SignalsNotPublishedException;
import io.beacon.gateway.security.UnauthenticatedWebhookException;
import io.beacon.gateway.webhook.InvalidWebhookException;
import io.beacon.gateway.webhook.MalformedWebhookException;
import io.beacon.gateway.webhook.PayloadTooLargeException;
import io.beacon.gateway.webhook.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;

/**
 * Renders every refusal as problem details. Framework errors (404, 405, 415, …) come from
 * {@link ResponseEntityExceptionHandler}; the gateway's own are below.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** Seconds: Alertmanager backs off by itself, this only keeps other senders from hammering a recovering broker. */
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedWebhookException refused) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthenticated",
                        refused.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException refused) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                        refused.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> malformed(MalformedWebhookException refused) {
        return badRequest(ProblemTypes.MALFORMED_BODY, "Malformed request body", refused.getMessage(),
                refused.violations());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidWebhookException refused) {
        return badRequest(ProblemTypes.INVALID_WEBHOOK, "Not an Alertmanager version 4 webhook",
                "The body has " + refused.violations().size() + " violation(s), listed in errors",
                refused.violations());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notDurable(SignalsNotPublishedException failed) {
        log.warn("Answering 503: {}", failed.getMessage(), failed.getCause());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.NOT_DURABLE, "Alerts not stored",
                        failed.getMessage() + "; nothing was accepted, send again"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            problem.setType(ProblemTypes.UNSUPPORTED_MEDIA_TYPE);
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> badRequest(URI type, String title, String detail,
                                                            List<Violation> violations) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, type, title, detail);
        if (!violations.isEmpty()) {
            problem.setProperty("errors", violations);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
