package io.beacon.incident.web.slack;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON in the {@code payload} field of a verified, form-encoded Slack interaction. */
final class InteractionPayload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InteractionPayload() {
    }

    /** @throws IllegalArgumentException when the body has no JSON object in a {@code payload} field */
    static JsonNode parse(String formBody) {
        String payload = SlackForm.parse(formBody).get("payload");
        if (payload == null) {
            throw new IllegalArgumentException("no payload form field");
        }
        try {
            JsonNode json = JSON.readTree(payload);
            if (json != null && json.isObject()) {
                return json;
            }
        } catch (JacksonException e) {
            throw new IllegalArgumentException("payload is not JSON", e);
        }
        throw new IllegalArgumentException("payload is not a JSON object");
    }
}
