package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.ActionItemRescheduled;

import java.time.Instant;

/** The recorded new due date, without the rebuilt follow-up ladder. */
record Rescheduling(String actionItemId, Instant previousDueAt, Instant dueAt, String rescheduledBy,
                    Instant rescheduledAt) {

    static Rescheduling of(ActionItemRescheduled e) {
        return new Rescheduling(e.actionItemId(), e.previousDueAt(), e.dueAt(), e.rescheduledBy(), e.rescheduledAt());
    }
}
