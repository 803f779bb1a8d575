package io.beacon.postmortem.notification;

import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.actionitem.ActionItemDeprioritised;
import io.beacon.postmortem.postmortem.IncidentFacts;
import io.beacon.postmortem.postmortem.PostmortemDrafted;
import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackPeople;
import io.beacon.slack.SlackText;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The words of each follow-up DM, for people reading them on a phone: what, whose, when, how late, and the one
 * request that settles it. Untrusted text (titles, statements) is escaped and bounded; people are mentioned by
 * {@link SlackPeople} (a Slack id, or an email the outbox resolves), never by a mention smuggled into a title.
 *
 * @param apiUrl       this service's base URL, for the requests the messages quote
 * @param fallback     where a DM goes when its person can't be reached in Slack (null: nowhere, it fails visibly)
 */
record FollowUpMessages(String apiUrl, String fallback) {

    static final int MAX_TITLE = 150;

    OutboundMessage postmortemDrafted(String key, PostmortemDrafted drafted) {
        IncidentFacts incident = drafted.incident();
        String text = ":memo: The postmortem of " + incident(incident) + " is yours to write"
                + (drafted.mandatory() ? ", to be published by " + SlackDates.at(drafted.publishDueAt()) + "."
                : " (optional for its severity).")
                + "\nIts timeline and the fate of earlier action items for " + code(incident.service())
                + " are in `GET " + apiUrl + "/api/postmortems/" + drafted.postmortemId() + "`; write it with `PATCH`"
                + " on the same address and publish with `POST …/publication`.";
        return dm(key, drafted.postmortemId(), drafted.owner(), text);
    }

    OutboundMessage postmortemReminded(String key, PostmortemDrafted drafted, Instant dueAt, Instant now) {
        return dm(key, drafted.postmortemId(), drafted.owner(), ":hourglass: Reminder: the postmortem of "
                + incident(drafted.incident()) + " is due " + SlackDates.at(dueAt) + ", in "
                + SlackDates.span(Duration.between(now, dueAt)) + ".");
    }

    OutboundMessage postmortemOverdue(String key, PostmortemDrafted drafted, Instant dueAt) {
        return dm(key, drafted.postmortemId(), drafted.owner(), ":warning: The postmortem of "
                + incident(drafted.incident()) + " was due " + SlackDates.at(dueAt) + " and is not published."
                + " Your manager is told if it stays unpublished.");
    }

    OutboundMessage postmortemEscalated(String key, PostmortemDrafted drafted, String manager, int level,
                                        Instant dueAt, Instant now) {
        return dm(key, drafted.postmortemId(), manager, ":rotating_light: The postmortem of "
                + incident(drafted.incident()) + ", owned by " + SlackPeople.mention(drafted.owner())
                + ", is " + SlackDates.span(Duration.between(dueAt, now)) + " past its deadline and unpublished."
                + " You are told as " + rung(level) + ". `GET " + apiUrl + "/api/postmortems/"
                + drafted.postmortemId() + "`");
    }

    OutboundMessage itemCreated(String key, ActionItemCreated item) {
        return dm(key, item.actionItemId(), item.owner(), ":white_check_mark: You own an action item from the"
                + " postmortem of " + context(item) + ": " + title(item) + " (" + item.priority() + ", "
                + item.kind().name().toLowerCase(java.util.Locale.ROOT) + "), due " + SlackDates.at(item.dueAt())
                + ". When it is done: `POST " + apiUrl + "/api/action-items/" + item.actionItemId()
                + "/completion`");
    }

    OutboundMessage itemReminded(String key, ActionItemCreated item, Instant dueAt, Instant now) {
        return dm(key, item.actionItemId(), item.owner(), ":hourglass: Reminder: " + title(item) + " ("
                + item.priority() + ", from " + context(item) + ") is due " + SlackDates.at(dueAt) + ", in "
                + SlackDates.span(Duration.between(now, dueAt)) + ". Done already? `POST " + apiUrl
                + "/api/action-items/" + item.actionItemId() + "/completion`");
    }

    OutboundMessage itemOverdue(String key, ActionItemCreated item, Instant dueAt) {
        return dm(key, item.actionItemId(), item.owner(), ":warning: " + title(item) + " (" + item.priority()
                + ", from " + context(item) + ") was due " + SlackDates.at(dueAt) + ". Your manager is told if it"
                + " stays open; if it should wait, ask them to accept the risk of deprioritising it.");
    }

    OutboundMessage itemEscalated(String key, ActionItemCreated item, String manager, int level, Instant dueAt,
                                  Instant now) {
        return dm(key, item.actionItemId(), manager, ":rotating_light: " + SlackPeople.mention(item.owner())
                + "'s action item " + title(item) + " (" + item.priority() + ", from " + context(item) + ") is "
                + SlackDates.span(Duration.between(dueAt, now)) + " overdue. You are told as " + rung(level) + "."
                + "\nHelp it land, or accept the risk of dropping it: `POST " + apiUrl + "/api/action-items/"
                + item.actionItemId() + "/deprioritisation` with `riskAcceptance` and `approvedBy`.");
    }

    OutboundMessage itemDeprioritised(String key, ActionItemCreated item, ActionItemDeprioritised event) {
        String what = event.wontDo() ? "won't be done" : "is now due " + SlackDates.at(event.dueAt());
        return dm(key, item.actionItemId(), item.owner(), ":scales: " + title(item) + " " + what + ": "
                + SlackPeople.mention(event.approvedBy()) + " accepted the risk: _"
                + SlackText.oneLine(SlackText.escape(event.riskAcceptance(), 500)) + "_");
    }

    private OutboundMessage dm(String key, String subject, String person, String text) {
        return new OutboundMessage(key, subject, OutboundMessage.Kind.POST, OutboundMessage.directMessage(person),
                fallback == null ? List.of() : List.of(fallback), null, text, null,
                OutboundMessage.Priority.NORMAL);
    }

    private static String rung(int level) {
        return level == 1 ? "their manager" : "a manager " + level + " levels above them";
    }

    private static String incident(IncidentFacts incident) {
        String severity = incident.severity() == null ? "" : ", " + incident.severity();
        return "*" + SlackText.escape(incident.reference(), 40) + "* (" + code(incident.service()) + severity
                + (incident.title() == null ? "" : ": " + SlackText.oneLine(SlackText.escape(incident.title(),
                MAX_TITLE))) + ")";
    }

    private static String context(ActionItemCreated item) {
        String reference = item.context().reference() == null ? item.context().postmortemId()
                : item.context().reference();
        return "*" + SlackText.escape(reference, 40) + "* (" + code(item.context().service()) + ")";
    }

    private static String title(ActionItemCreated item) {
        return "*" + SlackText.oneLine(SlackText.escape(item.title(), MAX_TITLE)) + "*";
    }

    private static String code(String text) {
        return "`" + SlackText.oneLine(SlackText.escape(text, 100)).replace("`", "'") + "`";
    }
}
