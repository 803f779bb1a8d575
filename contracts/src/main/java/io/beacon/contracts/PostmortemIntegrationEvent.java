package io.beacon.contracts;

/**
 * An event about one postmortem or one of its action items on {@link Topics#POSTMORTEM_EVENTS}. All of them are keyed
 * by the postmortem id, action items included, so that one postmortem's story (drafted, its items created, completed,
 * escalated, published) arrives in the order it happened, and a consumer that tracks a postmortem together with its
 * items never sees an item before its postmortem. Each names the incident it came from, so a consumer needs no call
 * back. Sealed, so a consumer's {@code switch} can be exhaustive.
 */
public sealed interface PostmortemIntegrationEvent extends IntegrationEvent
        permits PostmortemDrafted, PostmortemPublished, PostmortemOverdue, PostmortemEscalated,
        ActionItemIntegrationEvent {

    /** Free text people wrote (notes, risk acceptances, override reasons) is cut to this ({@link BoundedText#cut}). */
    int MAX_TEXT = 4000;

    /** Titles are cut to this. */
    int MAX_TITLE = 1000;

    /** {@code postmortem-} and the incident id: one postmortem per incident. */
    String postmortemId();

    String incidentId();

    /** The incident's reference, {@code INC-42}. */
    String reference();

    String service();

    /** The incident's severity when the postmortem was drafted, or null when it was unknown. */
    IncidentSeverity severity();

    @Override
    default String partitionKey() {
        return postmortemId();
    }
}
