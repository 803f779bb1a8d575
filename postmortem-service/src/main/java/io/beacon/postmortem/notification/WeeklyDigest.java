package io.beacon.postmortem.notification;

import io.beacon.postmortem.followup.OrgChart;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackPeople;
import io.beacon.slack.SlackText;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The weekly digest to each manager: their people's overdue action items (everyone under them, transitively, not
 * their own), then the risks accepted for those people's items in the last seven days. Only a manager with at least
 * one overdue item among their people gets one. Keyed {@code digest:<manager>:<ISO week>}, so a second run in the
 * same week (another instance, a retry, a manager asking for it now) finds the key recorded in the outbox and adds
 * nothing. Lines are capped so that the text stays far below Slack's 40,000 characters; the rest is a request away.
 *
 * @param apiUrl   this service's base URL, for the requests the digest quotes
 * @param fallback where a digest goes when its manager can't be reached in Slack (null: nowhere, it fails visibly)
 */
record WeeklyDigest(String apiUrl, String fallback) {

    static final Duration RISK_WINDOW = Duration.ofDays(7);
    static final int MAX_OVERDUE_LINES = 40;
    static final int MAX_RISK_LINES = 20;
    /** Leaves room below Slack's 40,000 for the header and the "and N more" lines. */
    static final int TEXT_BUDGET = 35_000;

    /** The digests due at {@code now}, one per manager with something overdue among their people, by manager. */
    List<ManagerDigest> build(OrgChart chart, Collection<DigestItem> items, Instant now) {
        String week = isoWeek(now);
        List<DigestItem> overdue = items.stream().filter(item -> item.overdueAt(now))
                .sorted(Comparator.comparing(DigestItem::dueAt).thenComparing(DigestItem::actionItemId)).toList();
        List<DigestItem> risks = items.stream().filter(item -> item.riskAcceptedSince(now.minus(RISK_WINDOW)))
                .sorted(Comparator.comparing(DigestItem::deprioritisedAt).reversed()
                        .thenComparing(DigestItem::actionItemId)).toList();
        // the managers concerned are exactly those above the owner of an overdue item
        Set<String> managers = new LinkedHashSet<>();
        overdue.forEach(item -> managers.addAll(chart.chainAbove(item.owner())));
        return managers.stream().sorted().map(manager -> {
            Set<String> people = chart.reports(manager);
            List<DigestItem> theirOverdue = overdue.stream().filter(item -> people.contains(item.owner())).toList();
            List<DigestItem> theirRisks = risks.stream().filter(item -> people.contains(item.owner())).toList();
            return new ManagerDigest(manager, week, theirOverdue.size(), theirRisks.size(),
                    message(manager, week, theirOverdue, theirRisks, now));
        }).toList();
    }

    /** {@code 2026-W47}: the ISO week of {@code now} in UTC, the same for every instance that runs the digest. */
    static String isoWeek(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        return "%d-W%02d".formatted(utc.get(IsoFields.WEEK_BASED_YEAR), utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String key(String manager, String week) {
        return "digest:" + manager + ":" + week;
    }

    private OutboundMessage message(String manager, String week, List<DigestItem> overdue, List<DigestItem> risks,
                                    Instant now) {
        StringBuilder text = new StringBuilder(":calendar: *Weekly digest, " + week + "*: " + count(overdue.size(),
                "overdue action item") + " among your people.");
        int shown = append(text, overdue.stream().map(item -> overdueLine(item, now)).toList(), MAX_OVERDUE_LINES);
        if (shown < overdue.size()) {
            text.append("\n…and ").append(overdue.size() - shown).append(" more: `GET ")
                    .append(request(manager, "&overdue=true")).append('`');
        }
        if (!risks.isEmpty()) {
            text.append("\n\n:scales: *Risks accepted in the last 7 days* (").append(risks.size()).append("):");
            int risksShown = append(text, risks.stream().map(this::riskLine).toList(), MAX_RISK_LINES);
            if (risksShown < risks.size()) {
                text.append("\n…and ").append(risks.size() - risksShown).append(" more: `GET ")
                        .append(request(manager, "")).append('`');
            }
        }
        return new OutboundMessage(key(manager, week), null, OutboundMessage.Kind.POST,
                OutboundMessage.directMessage(manager), fallback == null ? List.of() : List.of(fallback), null,
                text.toString(), null, OutboundMessage.Priority.BACKGROUND);
    }

    /** Appends lines while under both caps; answers how many went in. */
    private static int append(StringBuilder text, List<String> lines, int maxLines) {
        int shown = 0;
        for (String line : lines) {
            if (shown == maxLines || text.length() + line.length() + 1 > TEXT_BUDGET) {
                break;
            }
            text.append('\n').append(line);
            shown++;
        }
        return shown;
    }

    private static String overdueLine(DigestItem item, Instant now) {
        return "• " + what(item) + " — " + SlackPeople.mention(item.owner()) + ", "
                + SlackDates.span(Duration.between(item.dueAt(), now)) + " late (due " + SlackDates.at(item.dueAt())
                + "), " + (item.escalationLevel() == 0 ? "not escalated yet" : "escalated to level "
                + item.escalationLevel());
    }

    private String riskLine(DigestItem item) {
        String fate = item.wontDo() || item.dueAt() == null ? "won't be done" : "now due "
                + SlackDates.at(item.dueAt());
        return "• " + what(item) + " — " + SlackPeople.mention(item.owner()) + ": " + fate + "; "
                + SlackPeople.mention(item.approvedBy()) + " accepted the risk: _"
                + SlackText.oneLine(SlackText.escape(item.riskAcceptance(), 300)) + "_";
    }

    private static String what(DigestItem item) {
        String reference = item.reference() == null ? item.postmortemId() : item.reference();
        return "*" + SlackText.oneLine(SlackText.escape(item.title(), FollowUpMessages.MAX_TITLE)) + "* ("
                + item.priority() + ", *" + SlackText.escape(reference, 40) + "* `"
                + SlackText.oneLine(SlackText.escape(item.service(), 100)).replace("`", "'") + "`)";
    }

    private String request(String manager, String more) {
        return SlackText.escape(apiUrl + "/api/action-items?manager="
                + URLEncoder.encode(manager, StandardCharsets.UTF_8) + more);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
