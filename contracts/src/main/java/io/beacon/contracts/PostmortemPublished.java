package io.beacon.contracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The postmortem was published. When the blameless check flagged the write-up, {@code overrideReason} says why it was
 * published anyway and {@code overriddenFlags} lists what was overridden; a clean publication has null and none.
 *
 * @param onTime {@code publishedAt} no later than {@code publishDueAt}
 */
public record PostmortemPublished(
        UUID eventId,
        Instant occurredAt,
        int schemaVersion,
        String postmortemId,
        String incidentId,
        String reference,
        String service,
        IncidentSeverity severity,
        String owner,
        boolean mandatory,
        Instant publishDueAt,
        String publishedBy,
        Instant publishedAt,
        boolean onTime,
        String overrideReason,
        List<OverriddenFlag> overriddenFlags) implements PostmortemIntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public PostmortemPublished {
        overrideReason = BoundedText.cut(overrideReason, MAX_TEXT);
        overriddenFlags = overriddenFlags == null ? List.of() : List.copyOf(overriddenFlags);
    }

    /** Published over the blameless check's flags. */
    public boolean overridden() {
        return overrideReason != null;
    }

    @Override
    public String eventType() {
        return EventTypes.POSTMORTEM_PUBLISHED;
    }

    /**
     * One place the blameless check flagged and the publisher overrode.
     *
     * @param section    {@code summary}, {@code impact}, … or an entry such as {@code contributingFactors[2]}
     * @param matched    the text that matched, as written
     * @param suggestion what the check suggested writing instead
     */
    public record OverriddenFlag(String section, String matched, String suggestion) {

        public OverriddenFlag {
            matched = BoundedText.cut(matched, MAX_TITLE);
            suggestion = BoundedText.cut(suggestion, MAX_TITLE);
        }
    }
}
