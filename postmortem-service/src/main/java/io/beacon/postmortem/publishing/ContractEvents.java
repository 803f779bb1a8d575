package io.beacon.postmortem.publishing;

import io.beacon.contracts.ActionItemCompleted;
import io.beacon.contracts.ActionItemCreated;
import io.beacon.contracts.ActionItemDeprioritised;
import io.beacon.contracts.ActionItemEscalated;
import io.beacon.contracts.ActionItemKind;
import io.beacon.contracts.ActionItemOverdue;
import io.beacon.contracts.ActionItemPriority;
import io.beacon.contracts.ActionItemReopened;
import io.beacon.contracts.ActionItemRescheduled;
import io.beacon.contracts.ActionItemStarted;
import io.beacon.contracts.PostmortemDrafted;
import io.beacon.contracts.PostmortemEscalated;
import io.beacon.contracts.PostmortemIntegrationEvent;
import io.beacon.contracts.PostmortemOverdue;
import io.beacon.contracts.PostmortemPublished;
import io.beacon.postmortem.actionitem.IncidentContext;
import io.beacon.postmortem.postmortem.IncidentFacts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps the internal events other services hear of to contract events; everything else stays inside. The choice is
 * made here, in one switch: reminders (a nudge to the owner ahead of a due date) and postmortem edits (drafting in
 * progress) are this service's business.
 */
final class ContractEvents {

    private ContractEvents() {
    }

    /** The envelope of one published event: its id (from the Axon message id) and when it happened. */
    record Envelope(UUID eventId, Instant occurredAt) {
    }

    /** The facts recorded by a postmortem's or an item's first event, for the events that come after it. */
    interface Facts {

        PostmortemFacts postmortem(String postmortemId);

        ActionItemFacts actionItem(String actionItemId);
    }

    /** The id of the aggregate whose recorded facts {@code event} is published with, or empty when it needs none. */
    static Optional<String> needsFactsOf(Object event) {
        return Optional.ofNullable(switch (event) {
            case io.beacon.postmortem.postmortem.PostmortemPublished e -> e.postmortemId();
            case io.beacon.postmortem.postmortem.PostmortemOverdue e -> e.postmortemId();
            case io.beacon.postmortem.postmortem.PostmortemEscalated e -> e.postmortemId();
            case io.beacon.postmortem.actionitem.ActionItemStarted e -> e.actionItemId();
            case io.beacon.postmortem.actionitem.ActionItemCompleted e -> e.actionItemId();
            case io.beacon.postmortem.actionitem.ActionItemReopened e -> e.actionItemId();
            case io.beacon.postmortem.actionitem.ActionItemRescheduled e -> e.actionItemId();
            case io.beacon.postmortem.actionitem.ActionItemOverdue e -> e.actionItemId();
            case io.beacon.postmortem.actionitem.ActionItemEscalated e -> e.actionItemId();
            case io.beacon.postmortem.actionitem.ActionItemDeprioritised e -> e.actionItemId();
            default -> null;
        });
    }

    /** The contract event for {@code event}, or empty when it does not leave this service. */
    static Optional<PostmortemIntegrationEvent> of(Object event, Envelope envelope, Facts facts) {
        UUID id = envelope.eventId();
        Instant at = envelope.occurredAt();
        PostmortemIntegrationEvent mapped = switch (event) {
            case io.beacon.postmortem.postmortem.PostmortemDrafted e -> drafted(e, envelope);
            case io.beacon.postmortem.postmortem.PostmortemPublished e -> published(e, envelope,
                    facts.postmortem(e.postmortemId()));
            case io.beacon.postmortem.postmortem.PostmortemOverdue e -> {
                PostmortemFacts p = facts.postmortem(e.postmortemId());
                yield new PostmortemOverdue(id, at, PostmortemOverdue.SCHEMA_VERSION, p.postmortemId(),
                        p.incidentId(), p.reference(), p.service(), p.severity(), e.owner(), e.publishDueAt(),
                        e.overdueAt());
            }
            case io.beacon.postmortem.postmortem.PostmortemEscalated e -> {
                PostmortemFacts p = facts.postmortem(e.postmortemId());
                yield new PostmortemEscalated(id, at, PostmortemEscalated.SCHEMA_VERSION, p.postmortemId(),
                        p.incidentId(), p.reference(), p.service(), p.severity(), e.owner(), e.level(),
                        e.escalatedTo(), e.publishDueAt(), e.escalatedAt());
            }
            case io.beacon.postmortem.actionitem.ActionItemCreated e -> created(e, envelope);
            default -> ActionItemEvents.of(event, envelope, facts);
        };
        return Optional.ofNullable(mapped);
    }

    private static PostmortemDrafted drafted(io.beacon.postmortem.postmortem.PostmortemDrafted e, Envelope envelope) {
        IncidentFacts incident = e.incident();
        return new PostmortemDrafted(envelope.eventId(), envelope.occurredAt(), PostmortemDrafted.SCHEMA_VERSION,
                e.postmortemId(), incident.incidentId(), incident.reference(), incident.service(),
                OutboundFacts.severity(incident.severity()), incident.title(), e.owner(), e.mandatory(),
                e.publishDueAt(), e.draftedAt());
    }

    private static PostmortemPublished published(io.beacon.postmortem.postmortem.PostmortemPublished e,
                                                 Envelope envelope, PostmortemFacts p) {
        return new PostmortemPublished(envelope.eventId(), envelope.occurredAt(), PostmortemPublished.SCHEMA_VERSION,
                p.postmortemId(), p.incidentId(), p.reference(), p.service(), p.severity(), p.owner(), p.mandatory(),
                p.publishDueAt(), e.publishedBy(), e.publishedAt(), !e.publishedAt().isAfter(p.publishDueAt()),
                e.overrideReason(), e.overriddenFlags().stream()
                .map(f -> new PostmortemPublished.OverriddenFlag(f.section(), f.matched(), f.suggestion())).toList());
    }

    private static ActionItemCreated created(io.beacon.postmortem.actionitem.ActionItemCreated e, Envelope envelope) {
        IncidentContext c = e.context();
        return new ActionItemCreated(envelope.eventId(), envelope.occurredAt(), ActionItemCreated.SCHEMA_VERSION,
                c.postmortemId(), c.incidentId(), c.reference(), c.service(), OutboundFacts.severity(c.severity()),
                e.actionItemId(), e.title(), e.owner(), e.team(), ActionItemPriority.valueOf(e.priority().name()),
                e.description(), e.kind() == null ? ActionItemKind.PREVENT : ActionItemKind.valueOf(e.kind().name()),
                e.trackerLink(), e.dueAt(), e.createdBy(), e.createdAt());
    }

    /** The action item events after its creation, each published with the facts its creation recorded. */
    private static final class ActionItemEvents {

        static PostmortemIntegrationEvent of(Object event, Envelope envelope, Facts facts) {
            UUID id = envelope.eventId();
            Instant at = envelope.occurredAt();
            return switch (event) {
                case io.beacon.postmortem.actionitem.ActionItemStarted e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemStarted(id, at, ActionItemStarted.SCHEMA_VERSION, i.postmortemId(),
                            i.incidentId(), i.reference(), i.service(), i.severity(), i.actionItemId(), i.title(),
                            i.owner(), i.team(), i.priority(), e.startedBy(), e.startedAt());
                }
                case io.beacon.postmortem.actionitem.ActionItemCompleted e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemCompleted(id, at, ActionItemCompleted.SCHEMA_VERSION, i.postmortemId(),
                            i.incidentId(), i.reference(), i.service(), i.severity(), i.actionItemId(), i.title(),
                            i.owner(), i.team(), i.priority(), e.completedBy(), e.note(), e.dueAt(), e.completedAt(),
                            e.onTime());
                }
                case io.beacon.postmortem.actionitem.ActionItemReopened e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemReopened(id, at, ActionItemReopened.SCHEMA_VERSION, i.postmortemId(),
                            i.incidentId(), i.reference(), i.service(), i.severity(), i.actionItemId(), i.title(),
                            i.owner(), i.team(), i.priority(), e.reopenedBy(), e.reason(), e.dueAt(), e.reopenedAt());
                }
                case io.beacon.postmortem.actionitem.ActionItemRescheduled e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemRescheduled(id, at, ActionItemRescheduled.SCHEMA_VERSION, i.postmortemId(),
                            i.incidentId(), i.reference(), i.service(), i.severity(), i.actionItemId(), i.title(),
                            i.owner(), i.team(), i.priority(), e.previousDueAt(), e.dueAt(), e.rescheduledBy(),
                            e.rescheduledAt());
                }
                case io.beacon.postmortem.actionitem.ActionItemOverdue e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemOverdue(id, at, ActionItemOverdue.SCHEMA_VERSION, i.postmortemId(),
                            i.incidentId(), i.reference(), i.service(), i.severity(), i.actionItemId(), i.title(),
                            i.owner(), i.team(), i.priority(), e.dueAt(), e.overdueAt());
                }
                case io.beacon.postmortem.actionitem.ActionItemEscalated e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemEscalated(id, at, ActionItemEscalated.SCHEMA_VERSION, i.postmortemId(),
                            i.incidentId(), i.reference(), i.service(), i.severity(), i.actionItemId(), i.title(),
                            i.owner(), i.team(), i.priority(), e.level(), e.escalatedTo(), e.dueAt(),
                            e.escalatedAt());
                }
                case io.beacon.postmortem.actionitem.ActionItemDeprioritised e -> {
                    ActionItemFacts i = facts.actionItem(e.actionItemId());
                    yield new ActionItemDeprioritised(id, at, ActionItemDeprioritised.SCHEMA_VERSION,
                            i.postmortemId(), i.incidentId(), i.reference(), i.service(), i.severity(),
                            i.actionItemId(), i.title(), i.owner(), i.team(), i.priority(), e.wontDo(),
                            e.previousDueAt(), e.wontDo() ? null : e.dueAt(), e.riskAcceptance(), e.approvedBy(),
                            e.requestedBy(), e.deprioritisedAt());
                }
                default -> null;
            };
        }
    }
}
