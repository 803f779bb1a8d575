package io.beacon.postmortem.actionitem.query;

import java.time.Instant;
import java.util.List;

/** A postmortem for the same service drafted before the one being read, with the fate of each of its items. */
public record EarlierPostmortem(String id, String incidentId, String reference, String title, String severity,
                                Instant resolvedAt, Instant draftedAt, List<ItemFate> actionItems) {
}
