package io.beacon.incident.web.slack;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message answering a person in Slack: ephemeral (only they see it) or in the channel (everyone should know),
 * or none at all (a form opened instead). {@code text} is mrkdwn already escaped.
 */
record SlackReply(String responseType, String text) {

    static SlackReply ephemeral(String text) {
        return new SlackReply("ephemeral", text);
    }

    static SlackReply inChannel(String text) {
        return new SlackReply("in_channel", text);
    }

    static SlackReply none() {
        return new SlackReply(null, null);
    }

    boolean isNone() {
        return text == null;
    }

    /** As Slack reads it from an HTTP answer or a {@code response_url} post; never replaces the original message. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("response_type", responseType);
        body.put("replace_original", false);
        body.put("text", text);
        return body;
    }

    ResponseEntity<?> asResponse() {
        return isNone() ? ResponseEntity.ok().build()
                : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body());
    }
}
