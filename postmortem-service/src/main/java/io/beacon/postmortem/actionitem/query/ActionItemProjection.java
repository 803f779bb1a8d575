package io.beacon.postmortem.actionitem.query;

import io.beacon.postmortem.actionitem.ActionItemCompleted;
import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.actionitem.ActionItemDeprioritised;
import io.beacon.postmortem.actionitem.ActionItemEscalated;
import io.beacon.postmortem.actionitem.ActionItemOverdue;
import io.beacon.postmortem.actionitem.ActionItemReminded;
import io.beacon.postmortem.actionitem.ActionItemReopened;
import io.beacon.postmortem.actionitem.ActionItemRescheduled;
import io.beacon.postmortem.actionitem.ActionItemStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Keeps {@code action_item_view} in step with the event store. Each row remembers the sequence number of the last
 * event applied to it, so an event delivered again (a replay from an older token, a retried batch) changes nothing;
 * the token also commits with each change.
 */
@Component
@ProcessingGroup("action-item-view")
class ActionItemProjection {

    /** Text the aggregate does not bound, cut to its column rather than stalling the processor on a long value. */
    static final int MAX_RISK_ACCEPTANCE = 4000;

    private final ActionItemViewRepository rows;

    ActionItemProjection(ActionItemViewRepository rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(ActionItemCreated event, @SequenceNumber Long sequence) {
        if (rows.existsById(event.actionItemId())) {
            return;
        }
        ActionItemViewRow row = new ActionItemViewRow(event.actionItemId());
        var context = event.context();
        row.created(context.postmortemId(), context.incidentId(), context.reference(), context.service(),
                context.severity(), event.title(), event.description(), event.owner(), event.team(),
                event.priority(), event.kind(), event.trackerLink(), event.dueAt(), event.createdBy(),
                event.createdAt());
        row.applied(sequence(sequence), "ActionItemCreated");
        rows.save(row);
    }

    @EventHandler
    void on(ActionItemStarted event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemStarted", row -> row.started(event.startedAt()));
    }

    @EventHandler
    void on(ActionItemCompleted event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemCompleted",
                row -> row.completed(event.completedBy(), event.completedAt(), event.onTime()));
    }

    @EventHandler
    void on(ActionItemReopened event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemReopened", row -> row.reopened(event.dueAt()));
    }

    @EventHandler
    void on(ActionItemRescheduled event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemRescheduled", row -> row.rescheduled(event.dueAt()));
    }

    @EventHandler
    void on(ActionItemDeprioritised event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemDeprioritised", row -> row.deprioritised(event.wontDo(),
                event.dueAt(), cut(event.riskAcceptance()), event.approvedBy(), event.requestedBy(),
                event.deprioritisedAt()));
    }

    @EventHandler
    void on(ActionItemReminded event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemReminded", row -> row.reminded(event.remindedAt()));
    }

    @EventHandler
    void on(ActionItemOverdue event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemOverdue", row -> row.overdue(event.overdueAt()));
    }

    @EventHandler
    void on(ActionItemEscalated event, @SequenceNumber Long sequence) {
        apply(event.actionItemId(), sequence, "ActionItemEscalated",
                row -> row.escalated(event.level(), event.escalatedTo()));
    }

    private void apply(String id, Long sequence, String event, Consumer<ActionItemViewRow> change) {
        // a later event can't precede its creation in one aggregate's stream, and the stream stays in one segment
        ActionItemViewRow row = rows.findById(id).orElseThrow(() -> new IllegalStateException("No view row for " + id));
        long seq = sequence(sequence);
        if (seq <= row.getVersion()) {
            return; // applied already
        }
        change.accept(row);
        row.applied(seq, event);
        rows.save(row);
    }

    private static long sequence(Long sequence) {
        return sequence == null ? 0 : sequence;
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_RISK_ACCEPTANCE ? text : text.substring(0, MAX_RISK_ACCEPTANCE);
    }
}
