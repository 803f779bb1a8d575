package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.ActionItemDetails;
import io.beacon.postmortem.actionitem.ActionItemKind;
import io.beacon.postmortem.actionitem.query.ActionItemFilter;
import io.beacon.postmortem.followup.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/postmortems/{id}/action-items}. Kept as text so a bad priority, kind or date is reported with
 * every other problem rather than as an unreadable body.
 */
record NewActionItem(String title, String owner, String priority, String dueAt, String kind, String description,
                     String trackerLink) {

    static final String KINDS = "prevent, detect, mitigate or process";

    /** The details, or {@link IllegalArgumentException} listing every problem. */
    ActionItemDetails details(Instant now) {
        List<String> problems = new ArrayList<>();
        Priority parsedPriority = null;
        boolean priorityBad = false;
        if (priority != null && !priority.isBlank()) {
            parsedPriority = ActionItemFilter.parsePriority(priority);
            if (parsedPriority == null) {
                problems.add("priority must be P1, P2 or P3, not '" + Requests.cut(priority) + "'");
                priorityBad = true;
            }
        }
        Instant parsedDue = Requests.instant("dueAt", dueAt, problems);
        ActionItemKind parsedKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                parsedKind = ActionItemKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("kind must be " + KINDS + ", not '" + Requests.cut(kind) + "'");
            }
        }
        // a stand-in priority for a bad one, so its problem is not reported twice
        ActionItemDetails details = new ActionItemDetails(title, description, owner,
                priorityBad ? Priority.P3 : parsedPriority, parsedDue, parsedKind, trackerLink);
        problems.addAll(details.problems(now));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return details;
    }
}
