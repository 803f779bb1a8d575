package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.followup.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the person adding an action item says about it. {@code dueAt} null: the priority's default offset from now.
 * {@code kind} null: {@link ActionItemKind#PREVENT}. Text is untrusted and bounded here, so no column, Kafka record
 * or Slack block can be broken by it.
 */
public record ActionItemDetails(String title, String description, String owner, Priority priority, Instant dueAt,
                                ActionItemKind kind, String trackerLink) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_OWNER = 100;
    public static final int MAX_LINK = 1000;

    public ActionItemDetails {
        title = title == null ? null : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        owner = owner == null ? null : owner.strip();
        trackerLink = trackerLink == null || trackerLink.isBlank() ? null : trackerLink.strip();
        kind = kind == null ? ActionItemKind.PREVENT : kind;
    }

    /** Every problem at once, in words fit for the person who sent it; empty when the details are usable. */
    public List<String> problems(Instant now) {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            problems.add("title is required: say what will be done");
        } else if (title.length() > MAX_TITLE) {
            problems.add("title is longer than " + MAX_TITLE + " characters: put the rest in description");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add("description is longer than " + MAX_DESCRIPTION + " characters: link to a document instead");
        }
        if (owner == null || owner.isEmpty()) {
            problems.add("owner is required: exactly one person (a Slack user id such as U0123ABC)");
        } else if (owner.length() > MAX_OWNER || owner.contains(",") || owner.chars().anyMatch(Character::isWhitespace)) {
            problems.add("owner must be exactly one person (a Slack user id such as U0123ABC), not '"
                    + (owner.length() > 40 ? owner.substring(0, 40) + "…" : owner) + "'");
        }
        if (priority == null) {
            problems.add("priority is required: P1, P2 or P3");
        }
        if (dueAt != null && !dueAt.isAfter(now)) {
            problems.add("dueAt " + dueAt + " is not in the future");
        }
        if (trackerLink != null && (trackerLink.length() > MAX_LINK || !trackerLink.matches("(?i)https?://\\S+"))) {
            problems.add("trackerLink must be an http(s) URL of at most " + MAX_LINK + " characters");
        }
        return problems;
    }
}
