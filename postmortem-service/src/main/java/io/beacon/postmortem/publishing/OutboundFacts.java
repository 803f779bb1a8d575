package io.beacon.postmortem.publishing;

import io.beacon.contracts.ActionItemPriority;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.PostmortemIntegrationEvent;
import io.beacon.postmortem.actionitem.ActionItemCreated;
import io.beacon.postmortem.postmortem.PostmortemDrafted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The publisher's own projection (tables {@code outbound_postmortem} and {@code outbound_action_item}, migration V9):
 * the first event of each aggregate (drafted, created) records what its later events are published with. Written in
 * the transaction that advances the processor's token, so it never runs ahead of what was published; each row is
 * written once, so replaying an event is harmless.
 */
@Component
class OutboundFacts {

    private final JdbcClient jdbc;

    OutboundFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes in the facts {@code event} starts; other events add nothing. */
    void record(Object event) {
        switch (event) {
            case PostmortemDrafted e -> drafted(e);
            case ActionItemCreated e -> created(e);
            default -> {
                // the rest is carried by the events themselves
            }
        }
    }

    Optional<PostmortemFacts> postmortem(String postmortemId) {
        return jdbc.sql("""
                        select postmortem_id, incident_id, reference, service, severity, owner, mandatory, publish_due_at
                        from outbound_postmortem where postmortem_id = :id""")
                .param("id", postmortemId)
                .query((rs, row) -> new PostmortemFacts(rs.getString("postmortem_id"), rs.getString("incident_id"),
                        rs.getString("reference"), rs.getString("service"), severity(rs.getString("severity")),
                        rs.getString("owner"), rs.getBoolean("mandatory"),
                        Instant.parse(rs.getString("publish_due_at"))))
                .optional();
    }

    Optional<ActionItemFacts> actionItem(String actionItemId) {
        return jdbc.sql("""
                        select action_item_id, postmortem_id, incident_id, reference, service, severity, title, owner,
                               team, priority
                        from outbound_action_item where action_item_id = :id""")
                .param("id", actionItemId)
                .query((rs, row) -> new ActionItemFacts(rs.getString("action_item_id"), rs.getString("postmortem_id"),
                        rs.getString("incident_id"), rs.getString("reference"), rs.getString("service"),
                        severity(rs.getString("severity")), rs.getString("title"), rs.getString("owner"),
                        rs.getString("team"), ActionItemPriority.valueOf(rs.getString("priority"))))
                .optional();
    }

    private void drafted(PostmortemDrafted e) {
        if (postmortem(e.postmortemId()).isPresent()) {
            return;
        }
        jdbc.sql("""
                        insert into outbound_postmortem (postmortem_id, incident_id, reference, service, severity, owner,
                                                         mandatory, publish_due_at)
                        values (:id, :incidentId, :reference, :service, :severity, :owner, :mandatory, :due)""")
                .param("id", e.postmortemId()).param("incidentId", e.incident().incidentId())
                .param("reference", e.incident().reference()).param("service", e.incident().service())
                .param("severity", e.incident().severity()).param("owner", e.owner())
                .param("mandatory", e.mandatory()).param("due", e.publishDueAt().toString()).update();
    }

    private void created(ActionItemCreated e) {
        if (actionItem(e.actionItemId()).isPresent()) {
            return;
        }
        jdbc.sql("""
                        insert into outbound_action_item (action_item_id, postmortem_id, incident_id, reference, service,
                                                          severity, title, owner, team, priority)
                        values (:id, :postmortemId, :incidentId, :reference, :service, :severity, :title, :owner,
                                :team, :priority)""")
                .param("id", e.actionItemId()).param("postmortemId", e.context().postmortemId())
                .param("incidentId", e.context().incidentId()).param("reference", e.context().reference())
                .param("service", e.context().service()).param("severity", e.context().severity())
                .param("title", io.beacon.contracts.BoundedText.cut(e.title(), PostmortemIntegrationEvent.MAX_TITLE))
                .param("owner", e.owner()).param("team", e.team()).param("priority", e.priority().name()).update();
    }

    /** {@code SEV1}..{@code SEV4}, or null for an unknown or unrecognised severity. */
    static IncidentSeverity severity(String severity) {
        if (severity == null) {
            return null;
        }
        try {
            return IncidentSeverity.valueOf(severity);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
