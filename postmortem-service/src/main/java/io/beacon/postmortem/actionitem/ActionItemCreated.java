package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.followup.FollowUpStep;
import io.beacon.postmortem.followup.Priority;

import java.time.Instant;
import java.util.List;

/**
 * An action item was added to a postmortem, owned by {@code owner} (of {@code team} per the org file at the time, or
 * null), due at {@code dueAt}. {@code ladder} is its follow-up ladder as built then: an org file edited later
 * doesn't change it.
 */
public record ActionItemCreated(String actionItemId, IncidentContext context, String title, String description,
                                String owner, String team, Priority priority, ActionItemKind kind,
                                String trackerLink, Instant dueAt, String createdBy, Instant createdAt,
                                List<FollowUpStep> ladder) {
}
