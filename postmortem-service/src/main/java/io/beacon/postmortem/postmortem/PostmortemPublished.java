package io.beacon.postmortem.postmortem;

import java.time.Instant;
import java.util.List;

/**
 * The postmortem was published. When the blameless check had flags, {@code overrideReason} says why it was
 * published anyway and {@code overriddenFlags} what was overridden; both are empty/null for a clean publication.
 */
public record PostmortemPublished(String postmortemId, String publishedBy, Instant publishedAt,
                                  String overrideReason, List<BlamelessFlag> overriddenFlags) {

    public PostmortemPublished {
        overriddenFlags = overriddenFlags == null ? List.of() : List.copyOf(overriddenFlags);
    }

    public boolean overridden() {
        return overrideReason != null;
    }
}
