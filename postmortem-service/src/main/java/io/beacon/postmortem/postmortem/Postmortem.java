package io.beacon.postmortem.postmortem;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One incident's postmortem: drafted once from its resolution, edited until published, published only when the
 * {@link BlamelessLanguagePolicy} finds nothing or somebody overrides it with a reason (recorded with the flags).
 */
@Aggregate
public class Postmortem {

    @AggregateIdentifier
    private String postmortemId;
    private PostmortemStatus status;
    private PostmortemSections sections;

    protected Postmortem() {
        // for Axon
    }

    /**
     * Idempotent: the id follows from the incident's, so a redelivered resolution or a second one after a reopen
     * finds the postmortem drafted and changes nothing (the write-up in progress keeps the first facts).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DraftPostmortem command) {
        if (postmortemId != null) {
            return;
        }
        IncidentFacts incident = command.incident();
        apply(new PostmortemDrafted(command.postmortemId(), incident, incident.owner(), command.mandatory(),
                command.publishDueAt(), command.draftedAt()));
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
    PostmortemPublished handle(PublishPostmortem command, BlamelessLanguagePolicy policy) {
        requireDraft("published again");
        List<BlamelessFlag> flags = policy.check(sections);
        String override = command.override() == null || command.override().isBlank() ? null
                : command.override().strip();
        if (!flags.isEmpty() && override == null) {
            throw new PostmortemNotBlameless(flags);
        }
        PostmortemPublished published = new PostmortemPublished(postmortemId, command.author(),
                command.publishedAt(), flags.isEmpty() ? null : override, flags);
        apply(published);
        return published;
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
    }

    @EventSourcingHandler
    void on(PostmortemEdited event) {
        sections = sections.with(event.changes());
    }

    @EventSourcingHandler
    void on(PostmortemPublished event) {
        status = PostmortemStatus.PUBLISHED;
    }
}
