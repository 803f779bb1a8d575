package io.beacon.postmortem.actionitem;

import java.time.Instant;

public record ActionItemStarted(String actionItemId, String startedBy, Instant startedAt) {
}
