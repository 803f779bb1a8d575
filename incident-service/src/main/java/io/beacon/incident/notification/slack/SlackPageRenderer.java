package io.beacon.incident.notification.slack;

import io.beacon.slack.SlackText;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.SloContext;
import io.beacon.incident.notification.Page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a page as Block Kit for someone woken at 3 a.m.: what is burning, who is on call, where the runbook is,
 * and one button to acknowledge. Alert text goes into plain_text where possible, and is escaped everywhere (Slack
 * shows {@code &lt;} as {@code <}), in mrkdwn also marked verbatim, so an alert can't mention {@code <!channel>},
 * ping a user or disguise a link. Lengths are kept within Block Kit's limits after escaping.
 */
public final class SlackPageRenderer {

    public static final String ACKNOWLEDGE_ACTION_ID = "incident_acknowledge";
    static final String ACTIONS_BLOCK_ID = "incident_actions";
    static final int HEADER_MAX = 150;
    static final int TEXT_MAX = 3000;
    static final int FIELD_MAX = 2000;

    SlackMessage page(Page page, SlackResponder responder) {
        List<LayoutBlock> blocks = body(page, responder);
        blocks.add(ActionsBlock.builder()
                .blockId(ACTIONS_BLOCK_ID)
                .elements(List.of(
                        ButtonElement.builder().actionId(ACKNOWLEDGE_ACTION_ID).text(plain("Acknowledge"))
                                .value(page.incidentId()).style("primary").build(),
                        ButtonElement.builder().actionId(SlackSummaryRenderer.POST_UPDATE_ACTION_ID)
                                .text(plain("Post update")).value(page.incidentId()).build(),
                        ButtonElement.builder().actionId(SlackSummaryRenderer.RESOLVE_ACTION_ID)
                                .text(plain("Resolve")).value(page.incidentId()).build()))
                .build());
        return new SlackMessage(SlackText.truncate(responder.mention() + " " + summary(page), TEXT_MAX), blocks);
    }

    SlackMessage acknowledged(Page page, String acknowledgedBy, Instant at) {
        String line = "Acknowledged by " + who(acknowledgedBy) + " " + SlackDates.at(at);
        List<LayoutBlock> blocks = body(page, null);
        blocks.add(SectionBlock.builder().text(mrkdwn(":white_check_mark: " + line)).build());
        return new SlackMessage(SlackText.truncate(line + ": " + summary(page), TEXT_MAX), blocks);
    }

    /** The page as one line of mrkdwn-safe text: the notification preview and the fallback for old clients. */
    String summary(Page page) {
        return page.reference() + " " + severity(page.severity()) + " " + SlackText.oneLine(SlackText.escape(page.service(), 200)) + ": "
                + SlackText.oneLine(SlackText.escape(titleOf(page), 1000));
    }

    private List<LayoutBlock> body(Page page, SlackResponder responder) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String headline = icon(page.severity()) + " " + severity(page.severity()) + " · ";
        blocks.add(HeaderBlock.builder()
                .text(plain(headline + SlackText.oneLine(SlackText.escape(orDash(page.service()),
                        HEADER_MAX - headline.length()))))
                .build());
        blocks.add(SectionBlock.builder().text(plain(SlackText.escape(titleOf(page), TEXT_MAX))).build());
        if (hasText(page.description())) {
            blocks.add(SectionBlock.builder().text(plain(SlackText.escape(page.description(), TEXT_MAX))).build());
        }
        blocks.add(SectionBlock.builder().fields(fields(page, responder)).build());
        String links = links(page);
        if (!links.isEmpty()) {
            blocks.add(SectionBlock.builder().text(mrkdwn(links)).build());
        }
        blocks.add(ContextBlock.builder().elements(List.of(mrkdwn(context(page)))).build());
        return blocks;
    }

    private List<TextObject> fields(Page page, SlackResponder responder) {
        List<TextObject> fields = new ArrayList<>();
        if (responder != null) {
            fields.add(field(page.step() > 1 ? "Escalated to" : "On call", responder.mention()));
        }
        String severity = severity(page.severity());
        if (hasText(page.sourceSeverity())) {
            severity += " (" + SlackText.escape(page.sourceSeverity(), 100) + ")";
        }
        fields.add(field("Severity", severity));
        SloContext slo = page.slo();
        if (slo != null) {
            if (hasText(slo.slo())) {
                fields.add(field("SLO", SlackText.escape(slo.slo(), 500)));
            }
            if (slo.burnRate() != null && Double.isFinite(slo.burnRate())) {
                fields.add(field("Burn rate", burnRate(slo.burnRate())));
            }
            String window = window(slo);
            if (!window.isEmpty()) {
                fields.add(field("Window", window));
            }
            if (hasText(slo.exhaustion())) {
                fields.add(field("Budget exhausted in", SlackText.escape(slo.exhaustion(), 200)));
            }
        }
        return fields;
    }

    private static String window(SloContext slo) {
        List<String> parts = new ArrayList<>();
        if (hasText(slo.longWindow())) {
            parts.add(SlackText.escape(slo.longWindow(), 100) + " long");
        }
        if (hasText(slo.shortWindow())) {
            parts.add(SlackText.escape(slo.shortWindow(), 100) + " short");
        }
        return String.join(" / ", parts);
    }

    static String burnRate(double burnRate) {
        return BigDecimal.valueOf(burnRate).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + "×";
    }

    private static String links(Page page) {
        List<String> links = new ArrayList<>();
        if (hasText(page.runbookUrl())) {
            links.add(SlackText.link(page.runbookUrl(), ":book: Runbook")
                    .orElse("Runbook: " + SlackText.escape(page.runbookUrl(), 500)));
        }
        if (hasText(page.generatorUrl())) {
            links.add(SlackText.link(page.generatorUrl(), ":mag: Source alert")
                    .orElse("Source: " + SlackText.escape(page.generatorUrl(), 500)));
        }
        return SlackText.oneLine(String.join("   ", links));
    }

    private static String context(Page page) {
        StringBuilder context = new StringBuilder(page.reference());
        if (page.step() > 1) {
            context.append(" · escalation step ").append(page.step());
        }
        if (page.declaredAt() != null) {
            context.append(" · declared ").append(SlackDates.at(page.declaredAt()));
        }
        return context.toString();
    }

    private static String who(String acknowledgedBy) {
        if (SlackResponder.isUserId(acknowledgedBy)) {
            return "<@" + acknowledgedBy + ">";
        }
        return hasText(acknowledgedBy) ? SlackText.escape(acknowledgedBy, 200) : "someone";
    }

    static String severity(IncidentSeverity severity) {
        return severity == null ? "SEV?" : severity.name();
    }

    static String icon(IncidentSeverity severity) {
        return switch (severity == null ? IncidentSeverity.SEV4 : severity) {
            case SEV1 -> ":red_circle:";
            case SEV2 -> ":large_orange_circle:";
            case SEV3 -> ":large_yellow_circle:";
            case SEV4 -> ":large_blue_circle:";
        };
    }

    private static String titleOf(Page page) {
        return hasText(page.title()) ? page.title() : "(no title)";
    }

    private static String orDash(String text) {
        return hasText(text) ? text : "-";
    }

    private static TextObject field(String label, String mrkdwnValue) {
        return mrkdwn(SlackText.truncate("*" + label + "*\n" + mrkdwnValue, FIELD_MAX));
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    private static MarkdownTextObject mrkdwn(String text) {
        return MarkdownTextObject.builder().text(text).verbatim(true).build();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
