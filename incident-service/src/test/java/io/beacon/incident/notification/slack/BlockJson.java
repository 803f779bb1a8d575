package io.beacon.incident.notification.slack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/** Blocks as Slack receives them (the SDK's own Gson serialisation), for asserting on the wire format. */
final class BlockJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BlockJson() {
    }

    static JsonNode of(SlackMessage message) {
        return JSON.readTree(message.blocksJson());
    }

    static List<JsonNode> ofType(JsonNode blocks, String type) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode block : blocks) {
            if (type.equals(block.path("type").asString())) {
                matching.add(block);
            }
        }
        return matching;
    }

    /** Every text in the blocks, in order: what a person reads. */
    static List<String> texts(JsonNode blocks) {
        List<String> texts = new ArrayList<>();
        collect(blocks, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isObject() && node.has("text") && node.get("text").isString()) {
            texts.add(node.get("text").asString());
        }
        for (JsonNode child : node) {
            collect(child, texts);
        }
    }
}
