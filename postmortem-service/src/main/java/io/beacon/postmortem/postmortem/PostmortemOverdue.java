package io.beacon.postmortem.postmortem;

import java.time.Instant;

/** The publish deadline passed with the postmortem unpublished: the owner is told, managers follow after the grace. */
public record PostmortemOverdue(String postmortemId, String owner, Instant publishDueAt, Instant overdueAt) {
}
