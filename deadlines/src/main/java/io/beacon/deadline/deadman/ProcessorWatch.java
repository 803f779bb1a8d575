package io.beacon.deadline.deadman;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Are the streaming processors advancing? Read from Axon's {@code token_entry} and {@code domain_event_entry}: a
 * processor is stalled while events exist after its slowest segment's position and that position has not moved, or
 * while one of its segments has not been touched (claimed, extended or stored) by any instance. An event parked as a
 * dead letter is passed by the token, so parked letters are no stall. Axon extends an idle segment's claim once it is
 * 5 s old, looking every 5 s while idle (its stream says when events arrive: the event store's WakingEventStore), so
 * an idle segment's last touch can be up to 10 s old: that much lag is normal and is not counted.
 * <p>
 * The position's last move is remembered per instance: each instance watches the same tables, so they agree within
 * a check interval; a restarted instance starts counting again.
 */
final class ProcessorWatch {

    /** Axon's pooled processors touch an idle segment (store its token or extend its claim) every 5 to 10 s. */
    static final Duration NORMAL_LAG = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Supplier<Collection<String>> processors;
    private final Supplier<Serializer> serializer;
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();

    ProcessorWatch(JdbcTemplate jdbc, Supplier<Collection<String>> processors, Supplier<Serializer> serializer) {
        this.jdbc = jdbc;
        this.processors = processors;
        this.serializer = serializer;
    }

    private record Segment(int segment, String owner, Instant touched, long position) {
    }

    private record Progress(long position, Instant movedAt) {
    }

    /** Per processor, how long it has been stalled (zero when healthy), and the reading over all of them. */
    Reading read(Instant now, Instant watchingSince, Map<String, Duration> stalledPerProcessor) {
        Map<String, Object> details = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder();
        Duration worst = Duration.ZERO;
        for (String processor : processors.get()) {
            Duration stalled = stalled(processor, now, watchingSince, details);
            stalledPerProcessor.put(processor, stalled);
            if (stalled.compareTo(worst) > 0) {
                worst = stalled;
            }
            if (!stalled.isZero()) {
                summary.append(summary.isEmpty() ? "" : "; ").append(processor).append(" stalled for ")
                        .append(stalled.plus(NORMAL_LAG).toSeconds()).append(" s");
            }
        }
        return new Reading(Check.PROCESSORS, worst, summary.isEmpty() ? "all processors advancing" : summary.toString(),
                details);
    }

    private Duration stalled(String processor, Instant now, Instant watchingSince, Map<String, Object> details) {
        List<Segment> segments = segments(processor);
        Instant untouchedSince = segments.stream().map(Segment::touched).min(Instant::compareTo)
                .orElse(watchingSince);
        long position = segments.stream().mapToLong(Segment::position).min().orElse(-1);
        Progress seen = progress.compute(processor, (name, before) ->
                before == null || before.position() != position ? new Progress(position, now) : before);
        Instant waitingSince = firstEventAfter(position)
                .map(stored -> latest(stored, seen.movedAt(), watchingSince)).orElse(now);
        Instant silentSince = latest(untouchedSince, watchingSince);
        Duration stalled = Duration.between(waitingSince.isBefore(silentSince) ? waitingSince : silentSince, now)
                .minus(NORMAL_LAG);
        long unclaimed = segments.stream().filter(segment -> segment.owner() == null).count();
        details.put(processor, Map.of("position", position, "segments", segments.size(), "unclaimed", unclaimed,
                "stalledSeconds", Math.max(0, stalled.toSeconds())));
        return stalled.isNegative() ? Duration.ZERO : stalled;
    }

    private List<Segment> segments(String processor) {
        return jdbc.query("select segment, owner, timestamp, token, token_type from token_entry where processor_name = ?",
                (rs, row) -> new Segment(rs.getInt("segment"), rs.getString("owner"),
                        parse(rs.getString("timestamp")),
                        position(rs.getBytes("token"), rs.getString("token_type"))),
                processor);
    }

    /** When the first event after {@code position} was stored, if there is one. */
    private Optional<Instant> firstEventAfter(long position) {
        return jdbc.query("select time_stamp from domain_event_entry where global_index > ? "
                                + "order by global_index fetch first 1 rows only",
                        (rs, row) -> parse(rs.getString(1)), position)
                .stream().findFirst();
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = serializer.get().deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }

    private static Instant parse(String timestamp) {
        return Instant.parse(timestamp);
    }

    private static Instant latest(Instant... instants) {
        Instant latest = instants[0];
        for (Instant instant : instants) {
            if (instant.isAfter(latest)) {
                latest = instant;
            }
        }
        return latest;
    }
}
