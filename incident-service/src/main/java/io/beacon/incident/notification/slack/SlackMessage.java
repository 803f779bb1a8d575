package io.beacon.incident.notification.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

import java.util.List;

/** A message ready to send: {@code text} is the notification and fallback text, {@code blocks} what people see. */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    // the SDK's own serialisation, minus Gson's HTML escaping (<, >, & as \u003c…): same meaning, readable wire format
    private static final Gson BLOCKS = GsonFactory.createSnakeCase().newBuilder().disableHtmlEscaping().create();

    SlackMessage {
        blocks = List.copyOf(blocks);
    }

    String blocksJson() {
        return BLOCKS.toJson(blocks);
    }
}
