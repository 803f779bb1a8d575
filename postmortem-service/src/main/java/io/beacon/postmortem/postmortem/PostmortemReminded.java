package io.beacon.postmortem.postmortem;

import java.time.Instant;

/** The owner was reminded that the postmortem is to be published by {@code publishDueAt}. */
public record PostmortemReminded(String postmortemId, String owner, Instant publishDueAt, Instant remindedAt) {
}
