package io.beacon.postmortem.postmortem;

import java.time.Instant;

/** {@code author} changed the sections {@code changes} gives (null parts were left as they were). */
public record PostmortemEdited(String postmortemId, PostmortemSections changes, String author, Instant editedAt) {
}
