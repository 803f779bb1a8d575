package io.beacon.incident.web.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;

/**
 * Clicks on Beacon's buttons ({@link IncidentButtons}) and submissions of its status-update form
 * ({@link StatusUpdateSubmissions}). The raw body is verified before it is parsed. Slack wants an answer within 3 s
 * and shows an error to the person on anything but 200, so only unverified or malformed requests are refused.
 */
@RestController
class SlackInteractionsController {

    static final String PATH = "/slack/interactions";
    /**
     * Ample for a click on or a submission of Beacon's own messages and modal (a 50-block message, URL-encoded, is
     * well under it), and below 1 MiB so that a 1 MiB body is refused by its announced length, unread.
     */
    static final int MAX_BODY_BYTES = 512 * 1024;
    private static final Logger log = LoggerFactory.getLogger(SlackInteractionsController.class);

    private final SlackRequestVerifier verifier;
    private final IncidentButtons buttons;
    private final StatusUpdateSubmissions submissions;

    SlackInteractionsController(SlackRequestVerifier verifier, IncidentButtons buttons,
                                StatusUpdateSubmissions submissions) {
        this.verifier = verifier;
        this.buttons = buttons;
        this.submissions = submissions;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> interaction(
            @RequestHeader(name = "X-Slack-Request-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Slack-Signature", required = false) String signature,
            @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
            InputStream body) throws IOException {
        SignedSlackBody signed = SignedSlackBody.read(verifier, timestamp, signature,
                contentLength == null ? -1 : contentLength, body, MAX_BODY_BYTES, "interaction");
        if (!signed.verified()) {
            return signed.refusal();
        }
        JsonNode payload;
        try {
            payload = InteractionPayload.parse(signed.body());
        } catch (IllegalArgumentException e) {
            return SlackProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid Slack interaction",
                    e.getMessage());
        }
        String type = payload.path("type").asString("");
        if (type.equals("view_submission") && SlackActionIds.STATUS_UPDATE_CALLBACK_ID.equals(
                payload.path("view").path("callback_id").asString(null))) {
            return submissions.submit(payload);
        }
        for (BlockAction action : BlockAction.of(payload)) {
            if (IncidentButtons.handles(action.actionId())) {
                return buttons.click(action);
            }
            log.debug("Ignored Slack action {}", action.actionId());
        }
        return ResponseEntity.ok().build();
    }
}
