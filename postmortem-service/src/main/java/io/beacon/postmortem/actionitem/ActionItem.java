package io.beacon.postmortem.actionitem;

import io.beacon.postmortem.escalation.DomainClock;
import io.beacon.postmortem.escalation.FollowUpDue;
import io.beacon.postmortem.escalation.FollowUpProgress;
import io.beacon.postmortem.followup.DeprioritisationDecision;
import io.beacon.postmortem.followup.DeprioritisationPolicy;
import io.beacon.postmortem.followup.FollowUpLadder;
import io.beacon.postmortem.followup.FollowUpStep;
import io.beacon.postmortem.followup.OrgChart;
import io.beacon.postmortem.followup.Priority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One follow-up from a postmortem: exactly one owner, a due date, a priority. While it is open or in progress its
 * follow-up ladder runs on persistent deadlines (reminder, due notice, then the owner's managers one by one); done or
 * won't do stops it at once. A due date past the priority's limit, or won't do, needs a risk acceptance approved by a
 * manager of the owner.
 */
@Aggregate
public class ActionItem {

    @AggregateIdentifier
    private String actionItemId;
    private String owner;
    private Priority priority;
    private Instant createdAt;
    private Instant dueAt;
    private ActionItemStatus status;
    private FollowUpProgress followUp;

    protected ActionItem() {
        // for Axon
    }

    @CommandHandler
    public ActionItem(CreateActionItem command, OrgChart chart, DeadlineManager deadlines) {
        Instant now = DomainClock.now();
        ActionItemDetails details = command.details();
        List<String> problems = details.problems(now);
        if (problems.isEmpty() && details.dueAt() != null && new DeprioritisationPolicy(chart)
                .isDeprioritisation(details.priority(), now, details.dueAt())) {
            problems = List.of("dueAt " + details.dueAt() + " is later than a " + details.priority() + " item allows ("
                    + chart.dueOffsets().offsetFor(details.priority()) + " from now): choose a lower priority or an"
                    + " earlier date");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Instant due = details.dueAt() != null ? details.dueAt()
                : chart.dueOffsets().dueFrom(details.priority(), now);
        apply(new ActionItemCreated(command.actionItemId(), command.context(), details.title(), details.description(),
                details.owner(), chart.teamOf(details.owner()).orElse(null), details.priority(), details.kind(),
                details.trackerLink(), due, command.createdBy(), now,
                FollowUpLadder.forActionItem(details.owner(), now, due, chart).steps()))
                // in a constructor the event is applied once the aggregate exists, so schedule after it
                .andThen(() -> followUp.scheduleNext(deadlines, now));
    }

    @CommandHandler
    void handle(StartActionItem command) {
        if (status != ActionItemStatus.OPEN) {
            throw new IllegalStateException("Action item " + actionItemId + " is " + describe(status)
                    + ": only an open item can be started");
        }
        apply(new ActionItemStarted(actionItemId, command.startedBy(), DomainClock.now()));
    }

    @CommandHandler
    ActionItemCompleted handle(CompleteActionItem command, DeadlineManager deadlines) {
        requireActive("completed");
        Instant now = DomainClock.now();
        String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        if (note != null && note.length() > ActionItemDetails.MAX_DESCRIPTION) {
            throw new IllegalArgumentException("note is longer than " + ActionItemDetails.MAX_DESCRIPTION
                    + " characters: link to a document instead");
        }
        followUp.cancel(deadlines);
        ActionItemCompleted completed = new ActionItemCompleted(actionItemId, owner, command.completedBy(), note,
                dueAt, now, !now.isAfter(dueAt));
        apply(completed);
        return completed;
    }

    @CommandHandler
    void handle(ReopenActionItem command, OrgChart chart, DeadlineManager deadlines) {
        if (status.active()) {
            throw new IllegalStateException("Action item " + actionItemId + " is " + describe(status)
                    + " already: only a done or won't-do item can be reopened");
        }
        Instant now = DomainClock.now();
        // overdue already: the owner is told so now and the managers follow from here, not all at once
        Instant due = dueAt.isAfter(now) ? dueAt : now;
        List<FollowUpStep> ladder = FollowUpLadder.forActionItem(owner, now, due, chart).steps();
        apply(new ActionItemReopened(actionItemId, command.reopenedBy(), blankToNull(command.reason()), dueAt, now,
                dueAt.isAfter(now) ? ladder : ladder.subList(1, ladder.size())));
        followUp.scheduleNext(deadlines, now);
    }

    @CommandHandler
    void handle(RescheduleActionItem command, OrgChart chart, DeadlineManager deadlines) {
        requireActive("rescheduled");
        Instant now = DomainClock.now();
        if (command.dueAt() == null || !command.dueAt().isAfter(now)) {
            throw new IllegalArgumentException("dueAt must be in the future");
        }
        if (new DeprioritisationPolicy(chart).isDeprioritisation(priority, createdAt, command.dueAt())) {
            throw new IllegalArgumentException("dueAt " + command.dueAt() + " is past what a " + priority
                    + " item allows (" + chart.dueOffsets().dueFrom(priority, createdAt) + "): that deprioritises"
                    + " it, which needs a risk acceptance approved by a manager of " + owner);
        }
        followUp.cancel(deadlines);
        apply(new ActionItemRescheduled(actionItemId, dueAt, command.dueAt(), command.rescheduledBy(), now,
                FollowUpLadder.forActionItem(owner, now, command.dueAt(), chart).steps()));
        followUp.scheduleNext(deadlines, now);
    }

    @CommandHandler
    ActionItemDeprioritised handle(DeprioritiseActionItem command, OrgChart chart, DeadlineManager deadlines) {
        requireActive("deprioritised");
        Instant now = DomainClock.now();
        boolean wontDo = command.newDueAt() == null;
        if (!wontDo && !command.newDueAt().isAfter(now)) {
            throw new IllegalArgumentException("newDueAt must be in the future; leave it out for won't do");
        }
        DeprioritisationPolicy policy = new DeprioritisationPolicy(chart);
        DeprioritisationDecision decision = wontDo
                ? policy.wontDo(owner, command.riskAcceptance(), command.approvedBy())
                : policy.newDueDate(owner, priority, createdAt, command.newDueAt(), command.riskAcceptance(),
                command.approvedBy());
        return switch (decision) {
            case DeprioritisationDecision.NotADeprioritisation ignored -> throw new IllegalArgumentException(
                    "newDueAt " + command.newDueAt() + " is within what a " + priority + " item allows, so no risk"
                            + " acceptance is needed: change dueAt instead");
            case DeprioritisationDecision.Refused refused -> throw new IllegalArgumentException(refused.reason());
            case DeprioritisationDecision.Allowed allowed -> {
                followUp.cancel(deadlines);
                ActionItemDeprioritised event = new ActionItemDeprioritised(actionItemId, owner, wontDo, dueAt,
                        wontDo ? dueAt : command.newDueAt(), allowed.riskAcceptance(), allowed.approvedBy(),
                        command.requestedBy(), now, wontDo ? List.of()
                        : FollowUpLadder.forActionItem(owner, now, command.newDueAt(), chart).steps());
                apply(event);
                followUp.scheduleNext(deadlines, now);
                yield event;
            }
        };
    }

    /** The next rung of the ladder; a deadline from an older ladder, or one for a closed item, does nothing. */
    @DeadlineHandler(deadlineName = FollowUpDue.DEADLINE)
    void on(FollowUpDue due, DeadlineManager deadlines) {
        if (!status.active()) {
            return;
        }
        followUp.current(due).ifPresent(step -> {
            Instant now = DomainClock.now();
            switch (step.kind()) {
                case REMINDER -> apply(new ActionItemReminded(actionItemId, owner, dueAt, now));
                case DUE -> apply(new ActionItemOverdue(actionItemId, owner, dueAt, now));
                case ESCALATION -> apply(new ActionItemEscalated(actionItemId, owner, step.level(),
                        step.recipient(), dueAt, now));
            }
            followUp.scheduleNext(deadlines, now);
        });
    }

    private void requireActive(String what) {
        if (!status.active()) {
            throw new IllegalStateException("Action item " + actionItemId + " is " + describe(status)
                    + " and can't be " + what + (status == ActionItemStatus.DONE ? "; reopen it first" : ""));
        }
    }

    private static String describe(ActionItemStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case IN_PROGRESS -> "in progress";
            case DONE -> "done";
            case WONT_DO -> "deprioritised as won't do";
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ActionItemCreated event) {
        actionItemId = event.actionItemId();
        owner = event.owner();
        priority = event.priority();
        createdAt = event.createdAt();
        dueAt = event.dueAt();
        status = ActionItemStatus.OPEN;
        followUp = new FollowUpProgress(ActionItem.class.getSimpleName(), actionItemId);
        followUp.restart(event.ladder(), 0);
    }

    @EventSourcingHandler
    void on(ActionItemStarted event) {
        status = ActionItemStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ActionItemCompleted event) {
        status = ActionItemStatus.DONE;
        followUp.stop();
    }

    @EventSourcingHandler
    void on(ActionItemReopened event) {
        status = ActionItemStatus.OPEN;
        followUp.restart(event.ladder(), 0);
    }

    @EventSourcingHandler
    void on(ActionItemRescheduled event) {
        dueAt = event.dueAt();
        followUp.restart(event.ladder(), 0);
    }

    @EventSourcingHandler
    void on(ActionItemDeprioritised event) {
        dueAt = event.dueAt();
        if (event.wontDo()) {
            status = ActionItemStatus.WONT_DO;
            followUp.stop();
        } else {
            followUp.restart(event.ladder(), 0);
        }
    }

    @EventSourcingHandler
    void on(ActionItemReminded event) {
        followUp.stepTaken();
    }

    @EventSourcingHandler
    void on(ActionItemOverdue event) {
        followUp.stepTaken();
    }

    @EventSourcingHandler
    void on(ActionItemEscalated event) {
        followUp.stepTaken();
    }
}
