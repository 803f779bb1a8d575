package io.beacon.incident.messaging;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;
import io.beacon.contracts.StatusLabel;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentEvent;
import io.beacon.incident.api.SeverityChanged;
import io.beacon.incident.api.StatusUpdatePosted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The kafka-outbound group's own projection (tables {@code outbound_incident_*}, migration V7): it sees every incident
 * event in order per incident, so it keeps what the contract events need and the internal events lack. Not the
 * signals: the resolved event reads them from the incident's stream ({@link ResolvedSignals}), so that a storm's
 * signals cost no statement here; {@code outbound_incident_signal} is no longer written. Written in
 * the transaction that advances the group's token, so it never runs ahead of or behind what was published. Each
 * write is idempotent (rows keyed by aggregate or update sequence, first times kept), so replaying events is safe.
 */
@Component
class OutboundIncidentFacts {

    private final JdbcClient jdbc;

    OutboundIncidentFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes in what {@code event} adds to the incident's facts. */
    void record(IncidentEvent event) {
        switch (event) {
            case IncidentDeclared e -> declared(e);
            case IncidentAcknowledged e -> jdbc.sql("update outbound_incident_facts set acknowledged_at = "
                            + "coalesce(acknowledged_at, :at) where incident_id = :id")
                    .param("at", time(e.acknowledgedAt())).param("id", e.incidentId()).update();
            case CommanderAssigned e -> jdbc.sql(
                            "update outbound_incident_facts set commander = :commander where incident_id = :id")
                    .param("commander", e.commander()).param("id", e.incidentId()).update();
            case SeverityChanged e -> jdbc.sql(
                            "update outbound_incident_facts set severity = :severity where incident_id = :id")
                    .param("severity", e.to().name()).param("id", e.incidentId()).update();
            case StatusUpdatePosted e -> statusUpdate(e);
            default -> {
                // nothing a contract event needs
            }
        }
    }

    boolean knows(String incidentId) {
        return jdbc.sql("select count(*) from outbound_incident_facts where incident_id = :id")
                .param("id", incidentId).query(Integer.class).single() > 0;
    }

    Optional<IncidentFacts> find(String incidentId) {
        return jdbc.sql("""
                        select incident_id, incident_number, service, title, severity, commander, declared_at,
                               acknowledged_at, mitigated_at
                        from outbound_incident_facts where incident_id = :id""")
                .param("id", incidentId)
                .query((rs, row) -> new IncidentFacts(rs.getString("incident_id"), rs.getLong("incident_number"),
                        rs.getString("service"), rs.getString("title"),
                        IncidentSeverity.valueOf(rs.getString("severity")), rs.getString("commander"),
                        instant(rs, "declared_at"), instant(rs, "acknowledged_at"), instant(rs, "mitigated_at")))
                .optional();
    }

    List<IncidentResolved.StatusUpdate> statusUpdates(String incidentId) {
        return jdbc.sql("""
                        select update_sequence, label, summary, impact, posted_by, posted_at
                        from outbound_incident_update where incident_id = :id order by update_sequence""")
                .param("id", incidentId)
                .query((rs, row) -> new IncidentResolved.StatusUpdate(rs.getInt("update_sequence"),
                        StatusLabel.valueOf(rs.getString("label")), rs.getString("summary"),
                        rs.getString("impact"), rs.getString("posted_by"), instant(rs, "posted_at")))
                .list();
    }

    private void declared(IncidentDeclared e) {
        if (!knows(e.incidentId())) {
            jdbc.sql("""
                            insert into outbound_incident_facts
                                (incident_id, incident_number, service, title, severity, declared_at)
                            values (:id, :number, :service, :title, :severity, :declaredAt)""")
                    .param("id", e.incidentId()).param("number", e.number()).param("service", e.service())
                    .param("title", clip(e.title(), 4000)).param("severity", e.severity().name())
                    .param("declaredAt", time(e.declaredAt())).update();
        }
    }

    private void statusUpdate(StatusUpdatePosted e) {
        boolean known = jdbc.sql("select count(*) from outbound_incident_update "
                        + "where incident_id = :id and update_sequence = :sequence")
                .param("id", e.incidentId()).param("sequence", e.sequence()).query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("""
                            insert into outbound_incident_update
                                (incident_id, update_sequence, label, summary, impact, posted_by, posted_at)
                            values (:id, :sequence, :label, :summary, :impact, :postedBy, :postedAt)""")
                    .param("id", e.incidentId()).param("sequence", e.sequence()).param("label", e.label().name())
                    .param("summary", clip(e.summary(), 4000)).param("impact", clip(e.impact(), 4000))
                    .param("postedBy", e.postedBy()).param("postedAt", time(e.postedAt())).update();
        }
        if (e.label() == io.beacon.incident.api.StatusLabel.MONITORING) {
            jdbc.sql("update outbound_incident_facts set mitigated_at = coalesce(mitigated_at, :at) "
                            + "where incident_id = :id")
                    .param("at", time(e.postedAt())).param("id", e.incidentId()).update();
        }
    }

    // times are kept as ISO-8601 text to keep their nanoseconds (see V7): republished, they equal the originals
    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Instant.parse(value);
    }

    /** The first {@code max} characters of {@code text}, as a {@code varchar(max)} column keeps them. */
    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
