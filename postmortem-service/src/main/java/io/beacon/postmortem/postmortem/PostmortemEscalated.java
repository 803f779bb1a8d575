package io.beacon.postmortem.postmortem;

import java.time.Instant;

/** The unpublished postmortem was escalated to {@code escalatedTo}, {@code level} managers above its owner. */
public record PostmortemEscalated(String postmortemId, String owner, int level, String escalatedTo,
                                  Instant publishDueAt, Instant escalatedAt) {
}
