package io.beacon.incident.web.slack;

import io.beacon.incident.api.AcknowledgeIncident;
import io.beacon.incident.notification.slack.SlackPageRenderer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Button clicks on pages. The raw body is read straight from the request (never re-assembled from parsed form
 * parameters, which would change the bytes) and verified before it is parsed. Slack wants an answer within 3 s and
 * shows an error to the person who clicked on anything but 200, so only unverified requests are refused.
 */
@RestController
public class SlackInteractionsController {

    static final String PATH = "/slack/interactions";
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(SlackInteractionsController.class);

    private final SlackRequestVerifier verifier;
    private final CommandGateway commands;

    public SlackInteractionsController(SlackRequestVerifier verifier, CommandGateway commands) {
        this.verifier = verifier;
        this.commands = commands;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> interaction(
            @RequestHeader(name = "X-Slack-Request-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Slack-Signature", required = false) String signature,
            InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "slack-request-too-large", "Request too large",
                    "A Slack interaction is at most " + MAX_BODY_BYTES + " bytes");
        }
        String rawBody = new String(bytes, StandardCharsets.UTF_8);
        SlackRequestVerifier.Verdict verdict = verifier.verify(timestamp, signature, rawBody);
        if (verdict != SlackRequestVerifier.Verdict.VERIFIED) {
            log.warn("Refused a Slack interaction: {}", verdict.reason());
            return problem(HttpStatus.UNAUTHORIZED, "slack-signature", "Slack request not verified",
                    verdict.reason());
        }
        List<BlockAction> actions;
        try {
            actions = BlockAction.parse(rawBody);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid Slack interaction", e.getMessage());
        }
        for (BlockAction action : actions) {
            if (SlackPageRenderer.ACKNOWLEDGE_ACTION_ID.equals(action.actionId())) {
                return acknowledge(action);
            }
            log.debug("Ignored Slack action {}", action.actionId());
        }
        return ResponseEntity.ok().build();
    }

    private ResponseEntity<?> acknowledge(BlockAction action) {
        if (isBlank(action.value()) || isBlank(action.userId())) {
            log.warn("Acknowledge click without an incident id or user: ignored");
            return ResponseEntity.ok().build();
        }
        try {
            commands.sendAndWait(new AcknowledgeIncident(action.value(), action.userId()));
            log.info("Incident {} acknowledged in Slack by {}", action.value(), action.userId());
            return ResponseEntity.ok().build();
        } catch (AggregateNotFoundException e) {
            log.warn("Acknowledge click for unknown incident {} by {}", action.value(), action.userId());
            return ResponseEntity.ok(Map.of(
                    "response_type", "ephemeral",
                    "replace_original", false,
                    "text", "Beacon has no incident with this id any more; nothing was acknowledged."));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:beacon:problem:" + type));
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
