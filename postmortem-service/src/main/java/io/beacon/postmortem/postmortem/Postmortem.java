package io.beacon.postmortem.postmortem;

import io.beacon.postmortem.actionitem.IncidentContext;
import io.beacon.postmortem.escalation.DomainClock;
import io.beacon.postmortem.escalation.FollowUpDue;
import io.beacon.postmortem.escalation.FollowUpProgress;
import io.beacon.postmortem.followup.FollowUpLadder;
import io.beacon.postmortem.followup.FollowUpStep;
import io.beacon.postmortem.followup.OrgChart;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One incident's postmortem: drafted once from its resolution, edited until published, published only when the
 * {@link BlamelessLanguagePolicy} finds nothing or somebody overrides it with a reason (recorded with the flags). A
 * mandatory one runs a follow-up ladder against its publish deadline (owner reminded, told when it is late, then
 * the owner's managers one by one) until it is published.
 */
@Aggregate
public class Postmortem {

    @AggregateIdentifier
    private String postmortemId;
    private PostmortemStatus status;
    private PostmortemSections sections;
    private String owner;
    private Instant publishDueAt;
    private IncidentContext context;
    private FollowUpProgress followUp;

    protected Postmortem() {
        // for Axon
    }

    /**
     * Idempotent: the id follows from the incident's, so a redelivered resolution or a second one after a reopen
     * finds the postmortem drafted and changes nothing (the write-up in progress keeps the first facts).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftPostmortem command, OrgChart chart, DeadlineManager deadlines) {
        if (postmortemId != null) {
            return;
        }
        IncidentFacts incident = command.incident();
        Instant drafted = command.draftedAt();
        // resolved long ago (a backlog drained late): the deadline is what it is, the ladder starts now
        Instant due = command.publishDueAt().isAfter(drafted) ? command.publishDueAt() : drafted;
        List<FollowUpStep> ladder = command.mandatory() && incident.owner() != null
                ? FollowUpLadder.of(incident.owner(), drafted, due, chart.settings(), chart).steps() : List.of();
        apply(new PostmortemDrafted(command.postmortemId(), incident, incident.owner(), command.mandatory(),
                command.publishDueAt(), drafted, ladder))
                .andThen(() -> followUp.scheduleNext(deadlines, DomainClock.now()));
    }

    @CommandHandler
    IncidentContext handle(DescribeForActionItem command) {
        return context;
    }

    @CommandHandler
    void handle(EditPostmortem command) {
        requireDraft("edited");
        if (command.changes() == null || command.changes().isEmpty()) {
            throw new IllegalArgumentException("Give at least one section: summary, impact, timelineAnnotations, "
                    + "contributingFactors, whatWentWell, whereWeGotLucky");
        }
        List<String> problems = command.changes().problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        apply(new PostmortemEdited(postmortemId, command.changes(), command.author(), command.editedAt()));
    }

    /** Answers the publication as recorded, flags overridden included. */
    @CommandHandler
    PostmortemPublished handle(PublishPostmortem command, BlamelessLanguagePolicy policy,
                               DeadlineManager deadlines) {
        requireDraft("published again");
        List<BlamelessFlag> flags = policy.check(sections);
        String override = command.override() == null || command.override().isBlank() ? null
                : command.override().strip();
        if (!flags.isEmpty() && override == null) {
            throw new PostmortemNotBlameless(flags);
        }
        PostmortemPublished published = new PostmortemPublished(postmortemId, command.author(),
                command.publishedAt(), flags.isEmpty() ? null : override, flags);
        followUp.cancel(deadlines);
        apply(published);
        return published;
    }

    /** The next rung of the publish-deadline ladder; stale or after publication it does nothing. */
    @DeadlineHandler(deadlineName = FollowUpDue.DEADLINE)
    void on(FollowUpDue due, DeadlineManager deadlines) {
        if (status == PostmortemStatus.PUBLISHED) {
            return;
        }
        followUp.current(due).ifPresent(step -> {
            Instant now = DomainClock.now();
            switch (step.kind()) {
                case REMINDER -> apply(new PostmortemReminded(postmortemId, owner, publishDueAt, now));
                case DUE -> apply(new PostmortemOverdue(postmortemId, owner, publishDueAt, now));
                case ESCALATION -> apply(new PostmortemEscalated(postmortemId, owner, step.level(), step.recipient(),
                        publishDueAt, now));
            }
            followUp.scheduleNext(deadlines, now);
        });
    }

    private void requireDraft(String what) {
        if (status == PostmortemStatus.PUBLISHED) {
            throw new IllegalStateException("Postmortem " + postmortemId + " is published and can't be " + what);
        }
    }

    @EventSourcingHandler
    void on(PostmortemDrafted event) {
        postmortemId = event.postmortemId();
        status = PostmortemStatus.DRAFT;
        sections = PostmortemSections.EMPTY;
        owner = event.owner();
        publishDueAt = event.publishDueAt();
        IncidentFacts incident = event.incident();
        context = new IncidentContext(postmortemId, incident.incidentId(), incident.reference(), incident.service(),
                incident.severity());
        followUp = new FollowUpProgress(Postmortem.class.getSimpleName(), postmortemId);
        followUp.restart(event.ladder(), 0);
    }

    @EventSourcingHandler
    void on(PostmortemEdited event) {
        sections = sections.with(event.changes());
    }

    @EventSourcingHandler
    void on(PostmortemPublished event) {
        status = PostmortemStatus.PUBLISHED;
        followUp.stop();
    }

    @EventSourcingHandler
    void on(PostmortemReminded event) {
        followUp.stepTaken();
    }

    @EventSourcingHandler
    void on(PostmortemOverdue event) {
        followUp.stepTaken();
    }

    @EventSourcingHandler
    void on(PostmortemEscalated event) {
        followUp.stepTaken();
    }
}
