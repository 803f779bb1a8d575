package io.beacon.slack.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The due heads the worker hands to its senders, best first, many sends from one scan. A scan reads every undelivered
 * row ({@link OutboxQueries#dueHeads}), so it costs more the longer the backlog: scanned once per freed sender, a flood
 * of 10,000 new incidents (50,000 rows) slowed delivery to 2-3 rows/s and left 8,515 of its pages unsent two minutes
 * later. A scan now reads up to {@code batch} heads; the next comes when they are used up, or sooner when rows were
 * enqueued since (a page must not wait for the batch), but not before four times the last scan's duration has passed,
 * so that scanning a long backlog takes at most a fifth of the poller's time. At most one scan per poll round.
 * <p>
 * A head stays a head until it is delivered, and a claim compares the version read here: a candidate that another
 * worker took or changed since the scan is merely skipped. Used by the poller thread only.
 */
final class DueHeads {

    private static final Duration MIN_RESCAN = Duration.ofMillis(20);
    private static final int SCAN_SPACING = 4;

    private final OutboxQueries queries;
    private final int batch;
    private final LongSupplier nanoTime;
    private final Deque<OutboxRow> candidates = new ArrayDeque<>();
    private boolean newRows;
    private boolean scannedThisRound;
    private long lastScanEnd;
    private long lastScanNanos;
    private long scans;

    DueHeads(OutboxQueries queries, int batch, LongSupplier nanoTime) {
        this.queries = queries;
        this.batch = batch;
        this.nanoTime = nanoTime;
    }

    /** Rows were enqueued (or re-queued) since the last scan: some may go before the candidates. */
    void newRowsEnqueued() {
        newRows = true;
    }

    void beginRound() {
        scannedThisRound = false;
    }

    /** The next candidate to claim, scanning first when due; null when nothing more is due this round. */
    OutboxRow next(Instant now) {
        if (!scannedThisRound && (candidates.isEmpty() || newRows && rescanAllowed())) {
            scan(now);
        }
        return candidates.poll();
    }

    long scans() {
        return scans;
    }

    private boolean rescanAllowed() {
        long spacing = Math.max(MIN_RESCAN.toNanos(), SCAN_SPACING * lastScanNanos);
        return nanoTime.getAsLong() - lastScanEnd >= spacing;
    }

    private void scan(Instant now) {
        newRows = false; // before the read: rows committed while it runs make the next round look again
        long start = nanoTime.getAsLong();
        candidates.clear();
        candidates.addAll(queries.dueHeads(now, batch));
        lastScanEnd = nanoTime.getAsLong();
        lastScanNanos = lastScanEnd - start;
        scannedThisRound = true;
        scans++;
    }
}
