package io.beacon.postmortem.postmortem;

import java.time.Instant;

/** A postmortem was opened for a resolved incident, owned by its commander, to be published by the due time. */
public record PostmortemDrafted(String postmortemId, IncidentFacts incident, String owner, boolean mandatory,
                                Instant publishDueAt, Instant draftedAt) {
}
