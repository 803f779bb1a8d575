package io.beacon.incident.notification.slack;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;

/** A message ready to send: {@code text} is the notification and fallback text, {@code blocks} what people see. */
record SlackMessage(String text, List<LayoutBlock> blocks) {

    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
