package io.beacon.incident.web.slack;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One button click in a Slack {@code block_actions} interaction: which action, its value, who clicked. */
record BlockAction(String actionId, String value, String userId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The block actions in a verified, form-encoded interaction body ({@code payload=<JSON>}); empty for other
     * interaction types.
     *
     * @throws IllegalArgumentException when the body is not an interaction payload
     */
    static List<BlockAction> parse(String formBody) {
        JsonNode payload = payload(formBody);
        if (!"block_actions".equals(payload.path("type").asString(""))) {
            return List.of();
        }
        String userId = payload.path("user").path("id").asString(null);
        List<BlockAction> actions = new ArrayList<>();
        for (JsonNode action : payload.path("actions")) {
            actions.add(new BlockAction(action.path("action_id").asString(null), action.path("value").asString(null),
                    userId));
        }
        return actions;
    }

    private static JsonNode payload(String formBody) {
        for (String pair : formBody.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("payload")) {
                try {
                    JsonNode payload = JSON.readTree(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    if (payload != null && payload.isObject()) {
                        return payload;
                    }
                } catch (JacksonException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("payload is not JSON", e);
                }
            }
        }
        throw new IllegalArgumentException("no payload form field");
    }
}
