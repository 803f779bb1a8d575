package io.beacon.incident.web.slack;

import io.beacon.incident.web.slack.command.InvalidSlashCommand;
import io.beacon.incident.web.slack.command.SlashCommand;
import io.beacon.incident.web.slack.command.SlashCommandParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The {@code /incident} slash command. Verified over the raw body before anything in it is read; answered within
 * Slack's 3 s with a message (ephemeral for the person who typed it, in the channel when everyone should see it).
 * Work that outlasts the answer is reported to the command's {@code response_url} when it finishes.
 */
@RestController
class SlackCommandsController {

    static final String PATH = "/slack/commands";
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(SlackCommandsController.class);

    private final SlackRequestVerifier verifier;
    private final SlashCommandHandler handler;
    private final SlackWork work;
    private final ResponseUrlReplies replies;

    SlackCommandsController(SlackRequestVerifier verifier, SlashCommandHandler handler, SlackWork work,
                            ResponseUrlReplies replies) {
        this.verifier = verifier;
        this.handler = handler;
        this.work = work;
        this.replies = replies;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> command(
            @RequestHeader(name = "X-Slack-Request-Timestamp", required = false) String timestamp,
            @RequestHeader(name = "X-Slack-Signature", required = false) String signature,
            @RequestHeader(name = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
            InputStream body) throws IOException {
        SignedSlackBody signed = SignedSlackBody.read(verifier, timestamp, signature,
                contentLength == null ? -1 : contentLength, body, MAX_BODY_BYTES, "slash command");
        if (!signed.verified()) {
            return signed.refusal();
        }
        Map<String, String> fields;
        try {
            fields = SlackForm.parse(signed.body());
        } catch (IllegalArgumentException e) {
            return SlackProblems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid Slack command",
                    "The body is not form-encoded");
        }
        String user = fields.get("user_id");
        if (user == null || user.isBlank()) {
            return SlackReply.ephemeral("Slack did not say who you are, so nothing was done.").asResponse();
        }
        SlashCommand command;
        try {
            command = SlashCommandParser.parse(fields.get("text"), fields.get("channel_name"));
        } catch (InvalidSlashCommand e) {
            return SlashCommandHandler.invalid(e.getMessage(), e.usage()).asResponse();
        }
        log.info("Slack command {} from {} in {}", command.getClass().getSimpleName(), user, fields.get("channel_id"));
        SlashCommandHandler.Invocation invocation = new SlashCommandHandler.Invocation(user,
                fields.get("trigger_id"), fields.get("response_url"));
        SlackReply reply = work.answer(() -> handler.handle(command, invocation),
                SlackReply.ephemeral(":hourglass_flowing_sand: Working on it; I'll tell you here when it's done."),
                SlackReply.ephemeral("Beacon is too busy to take this right now; please try again in a moment."),
                late -> replies.post(invocation.responseUrl(), late));
        return reply.asResponse();
    }
}
