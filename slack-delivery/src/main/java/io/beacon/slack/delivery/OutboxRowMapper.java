package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;
import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Reads {@code slack_outbox} rows; also the one place fallbacks are joined and split. */
final class OutboxRowMapper implements RowMapper<OutboxRow> {

    static final OutboxRowMapper INSTANCE = new OutboxRowMapper();
    private static final String SEPARATOR = "\n";

    @Override
    public OutboxRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        OutboundMessage message = new OutboundMessage(
                rs.getString("message_key"),
                rs.getString("incident_id"),
                OutboundMessage.Kind.valueOf(rs.getString("kind")),
                rs.getString("address"),
                splitFallbacks(rs.getString("fallbacks")),
                rs.getString("ref_key"),
                rs.getString("body_text"),
                rs.getString("blocks"),
                OutboundMessage.Priority.valueOf(rs.getString("priority")));
        return new OutboxRow(
                rs.getLong("id"),
                message,
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getString("target"),
                rs.getInt("fallback_index"),
                rs.getInt("attempts"),
                rs.getLong("version"),
                instant(rs, "not_before"),
                instant(rs, "created_at"),
                instant(rs, "claimed_until"),
                rs.getString("delivered_channel"),
                rs.getString("delivered_ts"),
                rs.getString("failed_address"),
                rs.getString("failed_error"),
                rs.getString("last_error"),
                rs.getBoolean("listener_done"));
    }

    static String joinFallbacks(List<String> fallbacks) {
        return fallbacks.isEmpty() ? null : String.join(SEPARATOR, fallbacks);
    }

    static List<String> splitFallbacks(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
