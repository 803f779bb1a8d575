package io.beacon.incident.web.slack;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One button click in a Slack {@code block_actions} interaction: which action, its value, who clicked, and what
 * Slack gave to answer it (a trigger id to open a form within 3 s, a response URL for messages).
 */
record BlockAction(String actionId, String value, String userId, String triggerId, String responseUrl) {

    /** The block actions in an interaction payload; empty for other interaction types. */
    static List<BlockAction> of(JsonNode payload) {
        if (!"block_actions".equals(payload.path("type").asString(""))) {
            return List.of();
        }
        String userId = payload.path("user").path("id").asString(null);
        String triggerId = payload.path("trigger_id").asString(null);
        String responseUrl = payload.path("response_url").asString(null);
        List<BlockAction> actions = new ArrayList<>();
        for (JsonNode action : payload.path("actions")) {
            actions.add(new BlockAction(action.path("action_id").asString(null), action.path("value").asString(null),
                    userId, triggerId, responseUrl));
        }
        return actions;
    }
}
