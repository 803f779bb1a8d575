package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;
import io.beacon.slack.SlackOutbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import static io.beacon.slack.delivery.OutboxRowMapper.timestamp;

/**
 * Records outbox messages through a {@link JdbcTemplate} on the service's DataSource, so an enqueue inside an event
 * handler joins that handler's transaction (and its token update) and vanishes with it on rollback. A key already
 * recorded is skipped without an error that would poison the caller's transaction: PostgreSQL gets
 * {@code on conflict do nothing} (a failed statement there aborts the whole transaction); H2 keeps a transaction
 * usable after a failed statement, so a plain insert whose duplicate-key error is swallowed is enough.
 */
public final class JdbcSlackOutbox implements SlackOutbox {

    /** Defensive ceiling far above what the renderers produce; Slack itself refuses more than 40,000. */
    static final int MAX_TEXT = 40_000;
    static final String TRUNCATED = "… (truncated)";

    private static final String INSERT = """
            insert into slack_outbox (message_key, incident_id, kind, address, fallbacks, ref_key, body_text, blocks,
                priority, priority_rank, status, target, not_before, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeliveryWakeUp wakeUp;
    private final boolean postgres;

    JdbcSlackOutbox(JdbcTemplate jdbc, Clock clock, DeliveryWakeUp wakeUp) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.wakeUp = wakeUp;
        this.postgres = "PostgreSQL".equalsIgnoreCase(
                jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
    }

    @Override
    public void enqueue(OutboundMessage message) {
        Objects.requireNonNull(message.key(), "key");
        Objects.requireNonNull(message.kind(), "kind");
        if (message.address() == null && message.refKey() != null) {
            // an UPDATE or PIN goes where its message went, in order behind it; nothing to change if it was withdrawn
            java.util.List<java.util.Map<String, Object>> ref = jdbc.queryForList(
                    "select address, status from slack_outbox where message_key = ?", message.refKey());
            if (ref.isEmpty() || OutboxStatus.WITHDRAWN.name().equals(ref.getFirst().get("status"))) {
                return;
            }
            message = new OutboundMessage(message.key(), message.subjectId(), message.kind(),
                    (String) ref.getFirst().get("address"), message.fallbacks(), message.refKey(), message.text(),
                    message.blocksJson(), message.priority());
        }
        Objects.requireNonNull(message.address(), "address");
        Instant now = clock.instant();
        OutboundMessage.Priority priority = message.priority() == null
                ? OutboundMessage.Priority.NORMAL : message.priority();
        String fallbacks = OutboxRowMapper.joinFallbacks(message.fallbacks());
        String target = initialTarget(message);
        fits(message, fallbacks, target);
        Object[] values = {message.key(), message.subjectId(), message.kind().name(), message.address(),
                fallbacks, message.refKey(), truncate(message.text()), message.blocksJson(), priority.name(),
                priority.ordinal(), target, timestamp(now), timestamp(now)};
        if (postgres) {
            jdbc.update(INSERT + " on conflict (message_key) do nothing", values);
        } else {
            try {
                jdbc.update(INSERT, values);
            } catch (DuplicateKeyException redelivered) {
                return;
            }
        }
        wakeAfterCommit();
    }

    @Override
    public void withdrawPending(String keyPrefix) {
        String pattern = keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        jdbc.update("update slack_outbox set status = 'WITHDRAWN', listener_done = true"
                + " where message_key like ? escape '\\' and status = 'PENDING'", pattern);
    }

    /**
     * Rows are sent in order per target and subject. Creating a channel gets a target of its own: posts to
     * a subject channel ({@code incident:<id>}) wait for the channel, so the creation must not queue behind them.
     */
    static String initialTarget(OutboundMessage message) {
        return message.kind() == OutboundMessage.Kind.CREATE_CHANNEL ? "create:" + message.address()
                : message.address();
    }

    /**
     * The lengths of {@code slack_outbox}'s text columns in the canonical DDL ({@code slack_outbox.sql}), by column;
     * {@code OversizedMessageTest} compares them with the table.
     */
    static final Map<String, Integer> COLUMN_LENGTHS = Map.of("message_key", 500, "incident_id", 64, "address", 255,
            "target", 255, "fallbacks", 4000, "ref_key", 500, "blocks", 1_000_000);

    /**
     * Refuses, before any SQL, a message its columns can't hold: on PostgreSQL a statement that fails aborts the
     * caller's whole transaction (a paging decision's, say), where this refusal is only an exception to catch. Each
     * fallback becomes the row's target in turn, so it must fit there too.
     */
    static void fits(OutboundMessage message, String fallbacks, String target) {
        fits("message_key", message.key());
        fits("incident_id", message.subjectId());
        fits("address", message.address());
        fits("target", target);
        fits("fallbacks", fallbacks);
        message.fallbacks().forEach(fallback -> fits("fallback", "target", fallback));
        fits("ref_key", message.refKey());
        fits("blocks", message.blocksJson());
    }

    private static void fits(String column, String value) {
        fits(column, column, value);
    }

    private static void fits(String what, String column, String value) {
        int length = COLUMN_LENGTHS.get(column);
        if (value != null && value.length() > length) {
            throw new IllegalArgumentException("Slack outbox message's " + what + " is " + value.length()
                    + " characters; the " + column + " column holds at most " + length);
        }
    }

    static String truncate(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + TRUNCATED;
    }

    private void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wakeUp.wakeForNewRows();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUp.wakeForNewRows();
            }
        });
    }
}
