package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.ActionItemDeprioritised;

import java.time.Instant;

/** The recorded deprioritisation, without the rebuilt follow-up ladder. */
record Deprioritisation(String actionItemId, String owner, boolean wontDo, Instant previousDueAt, Instant dueAt,
                        String riskAcceptance, String approvedBy, String requestedBy, Instant deprioritisedAt) {

    static Deprioritisation of(ActionItemDeprioritised e) {
        return new Deprioritisation(e.actionItemId(), e.owner(), e.wontDo(), e.previousDueAt(), e.dueAt(),
                e.riskAcceptance(), e.approvedBy(), e.requestedBy(), e.deprioritisedAt());
    }
}
