package io.beacon.incident.notification;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.CommanderAssigned;
import io.beacon.incident.api.IncidentAcknowledged;
import io.beacon.incident.api.IncidentDeclared;
import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.StatusLabel;
import io.beacon.incident.api.StatusUpdatePosted;
import io.beacon.incident.testdata.Policies;

import java.time.Instant;
import java.util.List;

/** Object mother for the incident channel: events of one incident, INC-42 on checkout-api, and its states. */
public final class IncidentChannels {

    public static final String INCIDENT_ID = "0b7e4c1a-42aa-4c55-9d11-5a2c3f0e9d42";
    public static final Instant DECLARED_AT = Pages.DECLARED_AT;
    public static final Instant ACKNOWLEDGED_AT = DECLARED_AT.plusSeconds(240);
    public static final Instant FIRST_UPDATE_DUE = ACKNOWLEDGED_AT.plusSeconds(1800);

    private IncidentChannels() {
    }

    public static IncidentDeclared declared() {
        return declared("checkout-api", Pages.trigger());
    }

    public static IncidentDeclared declared(String service, AlertSignal trigger) {
        return new IncidentDeclared(INCIDENT_ID, 42, service, trigger == null ? "Checkout failing" : trigger.title(),
                IncidentSeverity.SEV1, trigger, trigger == null ? "U0ALICE" : null, Policies.payments(), DECLARED_AT);
    }

    public static IncidentAcknowledged acknowledged(String by) {
        return new IncidentAcknowledged(INCIDENT_ID, "checkout-api", by, ACKNOWLEDGED_AT, declared().brief(),
                List.of(1), FIRST_UPDATE_DUE);
    }

    public static CommanderAssigned commander(String commander) {
        return new CommanderAssigned(INCIDENT_ID, commander, null, commander, ACKNOWLEDGED_AT.plusSeconds(5));
    }

    public static StatusUpdatePosted update(int sequence, StatusLabel label, String summary, String impact) {
        Instant postedAt = ACKNOWLEDGED_AT.plusSeconds(600L * sequence);
        return new StatusUpdatePosted(INCIDENT_ID, sequence, label, summary, impact, "Roll back release 812",
                "U0CMD", "U0CMD", label == StatusLabel.RESOLVED ? null : postedAt.plusSeconds(1800), "C0STATUS",
                postedAt);
    }

    /** Freshly declared: unacknowledged, nobody in charge. */
    public static IncidentChannelState triggered() {
        return IncidentChannelState.declared(declared(), 0);
    }

    /** Acknowledged, run by U0CMD, one update posted. */
    public static IncidentChannelState investigating(String summary, String impact) {
        StatusUpdatePosted update = update(1, StatusLabel.INVESTIGATING, summary, impact);
        return triggered().acknowledged("U0ALICE", FIRST_UPDATE_DUE, 3).commander("U0CMD", 4)
                .statusUpdate(update.label(), update.summary(), update.impact(), update.commander(),
                        update.nextUpdateDueAt(), 5);
    }

    public static IncidentChannelState resolved() {
        return investigating("Rolled back", null).resolved("U0CMD", ACKNOWLEDGED_AT.plusSeconds(3600), 6);
    }

    /** Investigating, with every text anybody could write chosen by the test. */
    public static IncidentChannelState withTexts(String service, String title, String summary, String impact) {
        IncidentChannelState s = investigating(summary, impact);
        return new IncidentChannelState(s.incidentId(), s.number(), service, title, s.severity(), s.status(),
                s.commander(), s.acknowledgedBy(), s.updateLabel(), s.updateSummary(), s.updateImpact(),
                s.nextUpdateDueAt(), s.missedUpdates(), s.runbookUrl(), s.sourceUrl(), s.teamChannel(),
                s.resolvedBy(), s.resolvedAt(), s.declaredAt(), s.revision(), s.lastEventSequence());
    }
}
