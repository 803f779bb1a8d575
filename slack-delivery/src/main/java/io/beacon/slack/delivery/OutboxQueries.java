package io.beacon.slack.delivery;

import io.beacon.slack.OutboundMessage;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static io.beacon.slack.delivery.OutboxRowMapper.timestamp;

/** What the worker, the health indicator and the admin endpoint read from {@code slack_outbox}. */
final class OutboxQueries {

    /*
     * Due heads only: a row is sendable when it is due (PENDING past not_before, or SENDING with an expired claim)
     * and no older row of the same target about the same subject is still undelivered: the oldest undelivered row of
     * its (target, subject) pair. A waiting head (Retry-After, missing subject channel) therefore holds back its own
     * pair only. Order is kept where it means something (an incident's page, then its updates; a subject channel's
     * posts); two incidents' pages to one team channel go side by side: a storm opening 200 incidents paged them one
     * at a time before. Pages first, then oldest first.
     * The heads come from one pass over the undelivered rows (the status index), numbered within their pair: the
     * former "no older undelivered row" subquery per candidate read the target's whole history for each, and on H2
     * an IN-subquery is run again for every row while other transactions write (the poller spent whole seconds per
     * poll under a storm, and the senders sat idle). Only ids here; the rows themselves are read by id.
     */
    private static final String DUE_HEAD_IDS = """
            select q.id from (
                select o.id, o.status, o.not_before, o.claimed_until, o.priority_rank,
                       row_number() over (partition by o.target, o.incident_id order by o.id) as place
                from slack_outbox o
                where o.status in ('PENDING', 'SENDING')) q
            where q.place = 1
              and ((q.status = 'PENDING' and q.not_before <= ?) or (q.status = 'SENDING' and q.claimed_until < ?))
            order by q.priority_rank, q.id
            limit ?""";

    private final JdbcTemplate jdbc;

    OutboxQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OutboxRow> dueHeads(Instant now, int limit) {
        OffsetDateTime at = timestamp(now);
        List<Long> ids = jdbc.queryForList(DUE_HEAD_IDS, Long.class, at, at, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        // due again, read with the version the claim compares: another worker may have sent one of them meanwhile
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(at);
        parameters.add(at);
        return jdbc.query("select * from slack_outbox where id in (" + placeholders + ")"
                        + " and ((status = 'PENDING' and not_before <= ?) or (status = 'SENDING' and claimed_until < ?))"
                        + " order by priority_rank, id", OutboxRowMapper.INSTANCE, parameters.toArray());
    }

    /**
     * Rows whose outcome is recorded but whose listener call never completed, and nobody is on them now: on
     * PostgreSQL, a walk over the partial index that holds just those rows (idx_slack_outbox_listener_pending). Its
     * predicate is this statement's, literals and all, so that every plan of it can use the index.
     */
    static final String LISTENER_PENDING = """
            select * from slack_outbox
            where listener_done = false and status in ('DELIVERED', 'FAILED')
              and (claimed_until is null or claimed_until < ?)
            order by id limit ?""";

    /** Rows whose outcome is recorded but whose listener call never completed, and nobody is on them now. */
    List<OutboxRow> listenerPending(Instant now, int limit) {
        return jdbc.query(LISTENER_PENDING, OutboxRowMapper.INSTANCE, timestamp(now), limit);
    }

    Optional<OutboxRow> byKey(String key) {
        return jdbc.query("select * from slack_outbox where message_key = ?", OutboxRowMapper.INSTANCE, key)
                .stream().findFirst();
    }

    Optional<OutboxRow> byId(long id) {
        return jdbc.query("select * from slack_outbox where id = ?", OutboxRowMapper.INSTANCE, id)
                .stream().findFirst();
    }

    List<OutboxRow> list(OutboxStatus status, int limit) {
        if (status == null) {
            return jdbc.query("select * from slack_outbox order by id desc limit ?", OutboxRowMapper.INSTANCE, limit);
        }
        return jdbc.query("select * from slack_outbox where status = ? order by id desc limit ?",
                OutboxRowMapper.INSTANCE, status.name(), limit);
    }

    Optional<String> channelFor(String address) {
        return jdbc.queryForList("select channel_id from slack_outbox_channel where address = ?", String.class, address)
                .stream().findFirst();
    }

    /** Whether the subject's CREATE_CHANNEL failed for good, so nothing waits for that channel forever. */
    boolean channelCreationFailed(String subjectId) {
        Long failed = jdbc.queryForObject("""
                        select count(*) from slack_outbox
                        where kind = 'CREATE_CHANNEL' and status = 'FAILED' and (incident_id = ? or address = ?)""",
                Long.class, subjectId, OutboundMessage.subjectChannel(subjectId));
        return failed != null && failed > 0;
    }

    /** Whether a later UPDATE of the same message waits behind this one (so this one need not be sent). */
    boolean newerUpdatePending(OutboxRow update) {
        Long newer = jdbc.queryForObject("""
                        select count(*) from slack_outbox
                        where kind = 'UPDATE' and ref_key = ? and id > ? and status = 'PENDING'""",
                Long.class, update.message().refKey(), update.id());
        return newer != null && newer > 0;
    }

    long count(OutboxStatus status) {
        Long count = jdbc.queryForObject("select count(*) from slack_outbox where status = ?", Long.class,
                status.name());
        return count == null ? 0 : count;
    }

    Optional<Instant> oldestUndelivered() {
        return jdbc.queryForList("select min(created_at) from slack_outbox where status in ('PENDING', 'SENDING')",
                        OffsetDateTime.class).stream()
                .filter(java.util.Objects::nonNull).map(OffsetDateTime::toInstant).findFirst();
    }
}
