package io.beacon.postmortem.publishing;

import io.beacon.contracts.ActionItemPriority;
import io.beacon.contracts.IncidentSeverity;

/** What an action item's later events are published with, as its creation recorded it (the owner never changes). */
record ActionItemFacts(String actionItemId, String postmortemId, String incidentId, String reference, String service,
                       IncidentSeverity severity, String title, String owner, String team,
                       ActionItemPriority priority) {
}
