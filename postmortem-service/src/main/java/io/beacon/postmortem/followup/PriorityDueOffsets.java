package io.beacon.postmortem.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long after its creation an action item of each priority is due by default, and therefore the limit past which
 * moving its due date counts as deprioritising it. The org file's {@code priorities} section overrides the defaults.
 */
public record PriorityDueOffsets(Map<Priority, Duration> offsets) {

    public static final PriorityDueOffsets DEFAULTS = new PriorityDueOffsets(defaults());

    public PriorityDueOffsets {
        Map<Priority, Duration> complete = new EnumMap<>(defaults());
        complete.putAll(offsets);
        if (complete.values().stream().anyMatch(offset -> offset.isZero() || offset.isNegative())) {
            throw new IllegalArgumentException("due offsets must be longer than zero: " + complete);
        }
        offsets = Map.copyOf(complete);
    }

    public Duration offsetFor(Priority priority) {
        return offsets.get(priority);
    }

    /** The default due date of an item of this priority created at {@code createdAt}; also its deprioritisation limit. */
    public Instant dueFrom(Priority priority, Instant createdAt) {
        return createdAt.plus(offsetFor(priority));
    }

    private static Map<Priority, Duration> defaults() {
        Map<Priority, Duration> defaults = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            defaults.put(priority, priority.defaultDueOffset());
        }
        return defaults;
    }
}
