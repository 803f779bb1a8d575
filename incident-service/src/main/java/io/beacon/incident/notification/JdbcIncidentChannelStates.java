package io.beacon.incident.notification;

import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.IncidentStatus;
import io.beacon.incident.api.StatusLabel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * {@code incident_channel_state} over plain JDBC: one row per incident, written in the event processor's
 * transaction (the same one that enqueues the outbox messages and advances the token).
 */
@Repository
class JdbcIncidentChannelStates implements IncidentChannelStates {

    private static final String COLUMNS = "incident_id, incident_number, service, title, severity, status, commander,"
            + " acknowledged_by, update_label, update_summary, update_impact, next_update_due_at, missed_updates,"
            + " runbook_url, source_url, team_channel, resolved_by, resolved_at, declared_at, summary_revision,"
            + " last_event_sequence";
    private static final RowMapper<IncidentChannelState> ROW = JdbcIncidentChannelStates::map;

    private final JdbcTemplate jdbc;

    JdbcIncidentChannelStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<IncidentChannelState> find(String incidentId) {
        return jdbc.query("select " + COLUMNS + " from incident_channel_state where incident_id = ?", ROW, incidentId)
                .stream().findFirst();
    }

    @Override
    public void insert(IncidentChannelState s) {
        jdbc.update("insert into incident_channel_state (" + COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.incidentId(), s.number(), s.service(), s.title(), s.severity().name(), s.status().name(),
                s.commander(), s.acknowledgedBy(), name(s.updateLabel()), s.updateSummary(), s.updateImpact(),
                time(s.nextUpdateDueAt()), s.missedUpdates(), s.runbookUrl(), s.sourceUrl(), s.teamChannel(),
                s.resolvedBy(), time(s.resolvedAt()), time(s.declaredAt()), s.revision(), s.lastEventSequence());
    }

    @Override
    public void update(IncidentChannelState s) {
        jdbc.update("update incident_channel_state set severity = ?, status = ?, commander = ?, acknowledged_by = ?,"
                        + " update_label = ?, update_summary = ?, update_impact = ?, next_update_due_at = ?,"
                        + " missed_updates = ?, resolved_by = ?, resolved_at = ?, summary_revision = ?,"
                        + " last_event_sequence = ? where incident_id = ?",
                s.severity().name(), s.status().name(), s.commander(), s.acknowledgedBy(), name(s.updateLabel()),
                s.updateSummary(), s.updateImpact(), time(s.nextUpdateDueAt()), s.missedUpdates(), s.resolvedBy(),
                time(s.resolvedAt()), s.revision(), s.lastEventSequence(), s.incidentId());
    }

    private static IncidentChannelState map(ResultSet rs, int row) throws SQLException {
        String label = rs.getString("update_label");
        return new IncidentChannelState(rs.getString("incident_id"), rs.getLong("incident_number"),
                rs.getString("service"), rs.getString("title"), IncidentSeverity.valueOf(rs.getString("severity")),
                IncidentStatus.valueOf(rs.getString("status")), rs.getString("commander"),
                rs.getString("acknowledged_by"), label == null ? null : StatusLabel.valueOf(label),
                rs.getString("update_summary"), rs.getString("update_impact"), instant(rs, "next_update_due_at"),
                rs.getInt("missed_updates"), rs.getString("runbook_url"), rs.getString("source_url"),
                rs.getString("team_channel"), rs.getString("resolved_by"), instant(rs, "resolved_at"),
                instant(rs, "declared_at"), rs.getInt("summary_revision"), rs.getLong("last_event_sequence"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
