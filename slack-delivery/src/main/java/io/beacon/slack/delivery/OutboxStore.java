package io.beacon.slack.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Optional;

import static io.beacon.slack.delivery.OutboxRowMapper.timestamp;

/**
 * State changes of {@code slack_outbox} rows. Each is a single compare-and-set statement on the row's version,
 * committed on its own (the worker runs outside any transaction), which is what makes claims safe between service
 * instances on PostgreSQL and H2 alike without row locks.
 */
final class OutboxStore {

    private static final Logger log = LoggerFactory.getLogger(OutboxStore.class);
    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the intent to send: SENDING, one more attempt, owned by {@code owner} until {@code until}. */
    Optional<Claim> claim(OutboxRow row, String owner, Instant until) {
        int updated = jdbc.update("""
                        update slack_outbox set status = 'SENDING', attempts = attempts + 1, version = version + 1,
                            claimed_by = ?, claimed_until = ?
                        where id = ? and version = ? and status in ('PENDING', 'SENDING')""",
                owner, timestamp(until), row.id(), row.version());
        return updated == 1 ? Optional.of(new Claim(row, row.version() + 1)) : Optional.empty();
    }

    /** Takes over the listener call of a row whose outcome is recorded; returns the new version. */
    Optional<Claim> claimListener(OutboxRow row, String owner, Instant until) {
        int updated = jdbc.update("""
                        update slack_outbox set version = version + 1, claimed_by = ?, claimed_until = ?
                        where id = ? and version = ? and listener_done = false""",
                owner, timestamp(until), row.id(), row.version());
        return updated == 1 ? Optional.of(new Claim(row, row.version() + 1)) : Optional.empty();
    }

    /** Delivered; the claim is kept until {@code holdUntil} so nobody else calls the listener meanwhile. */
    boolean delivered(Claim claim, String channel, String ts, Instant now, Instant holdUntil) {
        return changed(claim, jdbc.update("""
                        update slack_outbox set status = 'DELIVERED', delivered_channel = ?, delivered_ts = ?,
                            delivered_at = ?, claimed_until = ?, version = version + 1
                        where id = ? and version = ?""",
                channel, ts, timestamp(now), timestamp(holdUntil), claim.id(), claim.version()));
    }

    /** Back to PENDING until {@code notBefore}; {@code refundAttempt} when nothing was sent (waiting, not failing). */
    boolean retryLater(Claim claim, Instant notBefore, String error, boolean refundAttempt) {
        return changed(claim, jdbc.update("""
                        update slack_outbox set status = 'PENDING', not_before = ?, last_error = ?,
                            attempts = attempts - ?, claimed_by = null, claimed_until = null, version = version + 1
                        where id = ? and version = ?""",
                timestamp(notBefore), error, refundAttempt ? 1 : 0, claim.id(), claim.version()));
    }

    /** The target failed permanently: the same message goes to {@code fallback} next, as a fresh row would. */
    boolean readdress(Claim claim, String fallback, String error, Instant now) {
        return changed(claim, jdbc.update("""
                        update slack_outbox set status = 'PENDING', target = ?, fallback_index = fallback_index + 1,
                            failed_address = coalesce(failed_address, ?), failed_error = coalesce(failed_error, ?),
                            last_error = ?, attempts = 0,
                            not_before = ?, claimed_by = null, claimed_until = null, version = version + 1
                        where id = ? and version = ?""",
                fallback, claim.row().target(), error, error, timestamp(now), claim.id(), claim.version()));
    }

    /** No address took it. */
    boolean failed(Claim claim, String error, Instant holdUntil) {
        return changed(claim, jdbc.update("""
                        update slack_outbox set status = 'FAILED', failed_address = coalesce(failed_address, ?),
                            failed_error = coalesce(failed_error, ?), last_error = ?, claimed_until = ?,
                            version = version + 1
                        where id = ? and version = ?""",
                claim.row().target(), error, error, timestamp(holdUntil), claim.id(), claim.version()));
    }

    void listenerDone(long id) {
        jdbc.update("""
                update slack_outbox set listener_done = true, claimed_by = null, claimed_until = null,
                    version = version + 1
                where id = ?""", id);
    }

    /** A FAILED row starts over at its first address; its listener will be told the new outcome. */
    boolean requeue(long id, Instant now) {
        return jdbc.update("""
                update slack_outbox set status = 'PENDING',
                    target = case when kind = 'CREATE_CHANNEL' then 'create:' || address else address end,
                    fallback_index = 0, attempts = 0,
                    failed_address = null, failed_error = null, last_error = null, not_before = ?, listener_done = false,
                    claimed_by = null, claimed_until = null, version = version + 1
                where id = ? and status = 'FAILED'""", timestamp(now), id) == 1;
    }

    void recordChannel(String address, String channelId, Instant now) {
        try {
            jdbc.update("insert into slack_outbox_channel (address, channel_id, created_at) values (?, ?, ?)",
                    address, channelId, timestamp(now));
        } catch (DuplicateKeyException alreadyKnown) {
            // autocommit statement: nothing to roll back; the first recorded channel stays the subject's channel
            log.info("Channel for {} already recorded; keeping the first", address);
        }
    }

    private static boolean changed(Claim claim, int updated) {
        if (updated != 1) {
            log.warn("Outbox row {} changed under us (claim expired and taken over?): outcome not recorded",
                    claim.id());
        }
        return updated == 1;
    }
}
