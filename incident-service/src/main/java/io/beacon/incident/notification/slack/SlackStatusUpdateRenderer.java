package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackPeople;

import io.beacon.slack.SlackText;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.api.StatusUpdatePosted;
import io.beacon.incident.notification.IncidentChannelState;

import java.util.ArrayList;
import java.util.List;

import static io.beacon.incident.notification.slack.SlackBlocks.hasText;
import static io.beacon.incident.notification.slack.SlackBlocks.mrkdwn;
import static io.beacon.incident.notification.slack.SlackBlocks.mrkdwnSection;
import static io.beacon.incident.notification.slack.SlackBlocks.plainSection;

/**
 * A status update as stakeholders read it, the same in the incident channel and the broadcast channel: the label,
 * which incident, the commander's summary, impact and next step, who runs it and when the next update comes. Each
 * part has its own block, so a long impact can't push the promise of the next update out of the message.
 */
final class SlackStatusUpdateRenderer {

    SlackMessage statusUpdate(IncidentChannelState incident, StatusUpdatePosted update) {
        String heading = heading(incident, update.label());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(mrkdwnSection(heading));
        blocks.add(plainSection(SlackText.escape(update.summary(), SlackBlocks.TEXT_MAX)));
        if (hasText(update.impact())) {
            blocks.add(mrkdwnSection("*Impact:* " + SlackText.escape(update.impact(), SlackBlocks.TEXT_MAX - 20)));
        }
        if (hasText(update.nextStep())) {
            blocks.add(mrkdwnSection("*Next step:* "
                    + SlackText.escape(update.nextStep(), SlackBlocks.TEXT_MAX - 20)));
        }
        blocks.add(ContextBlock.builder().elements(List.of(mrkdwn(footer(update)))).build());
        String text = heading + ": " + SlackText.oneLine(SlackText.escape(update.summary(), 1000));
        return new SlackMessage(SlackText.truncate(text, SlackBlocks.TEXT_MAX), blocks);
    }

    /** ":large_yellow_circle: *Investigating* · INC-42 checkout-api (SEV1)". */
    static String heading(IncidentChannelState incident, StatusLabel label) {
        return icon(label) + " *" + label.label() + "* · " + incident.reference() + " "
                + SlackText.oneLine(SlackText.escape(incident.service(), 200)) + " (" + incident.severity().name()
                + ")";
    }

    private static String footer(StatusUpdatePosted update) {
        String footer = "Commander: " + SlackPeople.mention(update.commander());
        if (update.nextUpdateDueAt() != null) {
            footer += " · Next update " + SlackDates.format(update.nextUpdateDueAt());
        }
        return footer;
    }

    static String icon(StatusLabel label) {
        return switch (label) {
            case INVESTIGATING -> ":large_yellow_circle:";
            case IDENTIFIED -> ":large_orange_circle:";
            case MONITORING -> ":large_blue_circle:";
            case RESOLVED -> ":large_green_circle:";
        };
    }
}
