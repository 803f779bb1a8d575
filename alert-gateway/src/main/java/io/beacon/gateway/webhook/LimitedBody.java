package io.beacon.gateway.webhook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may be read only up to a limit. The limit is enforced on the bytes actually read, because a
 * chunked body declares no length and a declared length can lie; a declared length over the limit is refused before
 * anything is read. Reading past the limit fails with {@link BodyTooLarge} and leaves {@link #exceeded()} set, so
 * that whoever reads through a parser (which may wrap the failure) can still tell why reading stopped.
 */
final class LimitedBody extends FilterInputStream {

    private final long limit;
    private long read;
    private boolean exceeded;

    private LimitedBody(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    /** Throws {@link PayloadTooLargeException} at once when the declared length (-1 when none) is over the limit. */
    static LimitedBody of(InputStream body, long declaredLength, long limit) {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        return new LimitedBody(body, limit);
    }

    static PayloadTooLargeException tooLarge(long limit) {
        return new PayloadTooLargeException("The body exceeds " + limit
                + " bytes; set a lower max_alerts in the Alertmanager webhook_config");
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        // Ask for one byte past the limit at most: enough to notice an excess without buffering much of it.
        int allowed = (int) Math.min(length, limit - read + 1);
        int count = super.read(buffer, offset, allowed);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        long skipped = super.skip(Math.min(count, limit - read + 1));
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long bytes) throws BodyTooLarge {
        read += bytes;
        if (read > limit) {
            exceeded = true;
            throw new BodyTooLarge(limit);
        }
    }

    /** Thrown from {@code read}: an {@link IOException}, as the stream contract expects. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long limit) {
            super("The body exceeds " + limit + " bytes");
        }
    }
}
