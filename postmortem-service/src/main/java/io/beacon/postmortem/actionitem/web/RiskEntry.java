package io.beacon.postmortem.actionitem.web;

import io.beacon.postmortem.actionitem.query.RiskBacklog;

import java.time.Instant;

/** One line of the reliability-risk backlog: its rank, score, the reason in words, and the item. */
record RiskEntry(int rank, int score, int severityWeight, long recurrence, String why, ActionItemView item) {

    static RiskEntry of(int rank, RiskBacklog.Entry entry, Instant now) {
        return new RiskEntry(rank, entry.score(), entry.severityWeight(), entry.recurrence(), entry.why(),
                ActionItemView.of(entry.item(), now));
    }
}
