package io.beacon.contracts;

/**
 * An event about one action item of a postmortem. Keyed by its postmortem's id like every
 * {@link PostmortemIntegrationEvent}, so an item's events follow its postmortem's draft in order. Each carries what a
 * tracker or a dashboard shows of the item (title, owner, the owner's team, priority) besides its own facts.
 */
public sealed interface ActionItemIntegrationEvent extends PostmortemIntegrationEvent
        permits ActionItemCreated, ActionItemStarted, ActionItemCompleted, ActionItemReopened, ActionItemRescheduled,
        ActionItemOverdue, ActionItemEscalated, ActionItemDeprioritised {

    String actionItemId();

    String title();

    /** Exactly one person: a Slack user id or an email. */
    String owner();

    /** The owner's team per the org file when the item was created, or null. */
    String team();

    ActionItemPriority priority();
}
