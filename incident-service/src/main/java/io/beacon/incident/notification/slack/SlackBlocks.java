package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackText;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;

/**
 * Block Kit pieces within Slack's limits (section text 3,000, a field 2,000, a header 150 characters), cut with a
 * visible "…". mrkdwn is always verbatim, so nothing but what we wrote as a mention or link becomes one.
 */
final class SlackBlocks {

    static final int HEADER_MAX = 150;
    static final int TEXT_MAX = 3000;
    static final int FIELD_MAX = 2000;
    static final int MAX_BLOCKS = 50;

    private SlackBlocks() {
    }

    /** A section of plain text that is already escaped. */
    static SectionBlock plainSection(String escaped) {
        return SectionBlock.builder().text(plain(SlackText.truncate(escaped, TEXT_MAX))).build();
    }

    /** A section of mrkdwn built from escaped parts. */
    static SectionBlock mrkdwnSection(String mrkdwn) {
        return SectionBlock.builder().text(mrkdwn(SlackText.truncate(mrkdwn, TEXT_MAX))).build();
    }

    static TextObject field(String label, String mrkdwnValue) {
        return mrkdwn(SlackText.truncate("*" + label + "*\n" + mrkdwnValue, FIELD_MAX));
    }

    static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
