package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackPeople;

import io.beacon.slack.SlackText;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.notification.IncidentChannelState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.beacon.incident.notification.slack.SlackBlocks.field;
import static io.beacon.incident.notification.slack.SlackBlocks.hasText;
import static io.beacon.incident.notification.slack.SlackBlocks.mrkdwn;
import static io.beacon.incident.notification.slack.SlackBlocks.mrkdwnSection;
import static io.beacon.incident.notification.slack.SlackBlocks.plain;
import static io.beacon.incident.notification.slack.SlackBlocks.plainSection;

/**
 * The incident channel's pinned summary: where the incident stands at a glance (service, severity, status,
 * commander, who acknowledged, the latest update, when the next one is due, links) and the buttons that fit its
 * state. Rendered again in full on every change, from {@link IncidentChannelState} alone.
 */
final class SlackSummaryRenderer {

    static final String ACKNOWLEDGE_ACTION_ID = SlackPageRenderer.ACKNOWLEDGE_ACTION_ID;
    static final String POST_UPDATE_ACTION_ID = "incident_post_update";
    static final String RESOLVE_ACTION_ID = "incident_resolve";
    static final String ACTIONS_BLOCK_ID = "incident_summary_actions";
    static final String API_PATH = "/api/incidents/";

    SlackMessage summary(IncidentChannelState incident) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String headline = SlackPageRenderer.icon(incident.severity()) + " " + incident.reference() + " · ";
        blocks.add(HeaderBlock.builder().text(plain(headline + SlackText.oneLine(SlackText.escape(
                orDash(incident.service()), SlackBlocks.HEADER_MAX - headline.length())))).build());
        blocks.add(plainSection(SlackText.escape(hasText(incident.title()) ? incident.title() : "(no title)",
                SlackBlocks.TEXT_MAX)));
        blocks.add(SectionBlock.builder().fields(fields(incident)).build());
        if (incident.updateLabel() != null) {
            blocks.add(mrkdwnSection(latestUpdate(incident)));
        }
        blocks.add(mrkdwnSection(links(incident)));
        blocks.add(ContextBlock.builder().elements(List.of(mrkdwn(context(incident)))).build());
        List<BlockElement> buttons = buttons(incident);
        if (!buttons.isEmpty()) {
            blocks.add(ActionsBlock.builder().blockId(ACTIONS_BLOCK_ID).elements(buttons).build());
        }
        return new SlackMessage(SlackText.truncate(text(incident), SlackBlocks.TEXT_MAX), blocks);
    }

    /** The summary in one line: the notification preview and the fallback for old clients. */
    static String text(IncidentChannelState incident) {
        return incident.reference() + " " + incident.severity().name() + " "
                + SlackText.oneLine(SlackText.escape(incident.service(), 200)) + " · " + status(incident.status())
                + ": " + SlackText.oneLine(SlackText.escape(orDash(incident.title()), 1000));
    }

    private static List<TextObject> fields(IncidentChannelState incident) {
        List<TextObject> fields = new ArrayList<>();
        fields.add(field("Service", SlackText.escape(incident.service(), 1000)));
        fields.add(field("Severity", incident.severity().name()));
        fields.add(field("Status", status(incident.status())));
        fields.add(field("Commander", SlackPeople.mention(incident.commander())));
        fields.add(field("Acknowledged by", incident.acknowledgedBy() == null ? "not yet"
                : SlackPeople.mention(incident.acknowledgedBy())));
        if (incident.isOpen() && incident.nextUpdateDueAt() != null) {
            String due = SlackDates.format(incident.nextUpdateDueAt());
            if (incident.missedUpdates() > 0) {
                due += " · :warning: late (" + incident.missedUpdates() + " missed)";
            }
            fields.add(field("Next update due", due));
        }
        if (!incident.isOpen()) {
            String resolved = SlackPeople.mention(incident.resolvedBy());
            if (incident.resolvedAt() != null) {
                resolved += " " + SlackDates.at(incident.resolvedAt());
            }
            fields.add(field("Resolved by", resolved));
        }
        return fields;
    }

    private static String latestUpdate(IncidentChannelState incident) {
        StringBuilder text = new StringBuilder("*Latest update · ").append(incident.updateLabel().label())
                .append("*\n").append(SlackText.escape(incident.updateSummary(), 1000));
        if (hasText(incident.updateImpact())) {
            text.append("\n*Impact:* ").append(SlackText.escape(incident.updateImpact(), 1800));
        }
        return text.toString();
    }

    private static String links(IncidentChannelState incident) {
        List<String> links = new ArrayList<>();
        if (hasText(incident.runbookUrl())) {
            links.add(SlackText.link(incident.runbookUrl(), ":book: Runbook")
                    .orElse("Runbook: " + SlackText.escape(incident.runbookUrl(), 500)));
        }
        if (hasText(incident.sourceUrl())) {
            links.add(SlackText.link(incident.sourceUrl(), ":mag: Source alert")
                    .orElse("Source: " + SlackText.escape(incident.sourceUrl(), 500)));
        }
        links.add("API `" + API_PATH + SlackText.escape(incident.incidentId(), 100) + "`");
        return SlackText.oneLine(String.join("   ", links));
    }

    private static String context(IncidentChannelState incident) {
        String context = incident.reference();
        if (incident.declaredAt() != null) {
            context += " · declared " + SlackDates.at(incident.declaredAt());
        }
        return context + " · this message stays current";
    }

    private static List<BlockElement> buttons(IncidentChannelState incident) {
        List<BlockElement> buttons = new ArrayList<>();
        if (!incident.isOpen()) {
            return buttons;
        }
        if (!incident.isAcknowledged()) {
            buttons.add(button(ACKNOWLEDGE_ACTION_ID, "Acknowledge", incident.incidentId(), "primary"));
        }
        buttons.add(button(POST_UPDATE_ACTION_ID, "Post update", incident.incidentId(), null));
        buttons.add(button(RESOLVE_ACTION_ID, "Resolve", incident.incidentId(), null));
        return buttons;
    }

    private static ButtonElement button(String actionId, String label, String incidentId, String style) {
        return ButtonElement.builder().actionId(actionId).text(plain(label)).value(incidentId).style(style).build();
    }

    static String status(IncidentStatus status) {
        String name = status.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String orDash(String text) {
        return hasText(text) ? text : "-";
    }
}
