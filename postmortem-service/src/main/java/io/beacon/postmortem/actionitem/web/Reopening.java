package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.ActionItemReopened;

import java.time.Instant;

/** The recorded reopening, without the rebuilt follow-up ladder. */
record Reopening(String actionItemId, String reopenedBy, String reason, Instant dueAt, Instant reopenedAt) {

    static Reopening of(ActionItemReopened e) {
        return new Reopening(e.actionItemId(), e.reopenedBy(), e.reason(), e.dueAt(), e.reopenedAt());
    }
}
