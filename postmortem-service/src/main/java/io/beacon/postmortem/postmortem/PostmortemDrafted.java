package io.beacon.postmortem.postmortem;

import io.beacon.postmortem.followup.FollowUpStep;

import java.time.Instant;
import java.util.List;

/**
 * A postmortem was opened for a resolved incident, owned by its commander, to be published by the due time. A
 * mandatory one carries its publish-deadline {@code ladder} (reminder, due notice, the owner's managers) as built from
 * the org file then; an optional one has none. (Drafts recorded before ladders existed read as an empty one.)
 */
public record PostmortemDrafted(String postmortemId, IncidentFacts incident, String owner, boolean mandatory,
                                Instant publishDueAt, Instant draftedAt, List<FollowUpStep> ladder) {

    public PostmortemDrafted {
        ladder = ladder == null ? List.of() : List.copyOf(ladder);
    }
}
