package io.beacon.postmortem.postmortem;

import io.beacon.contracts.IncidentResolved;
import io.beacon.contracts.IncidentSeverity;

import java.time.Duration;
import java.time.Instant;

/**
 * How a resolution becomes a draft: the facts it imports, the publish deadline (resolved + {@code publishWithin})
 * and whether the postmortem is mandatory (severity {@code mandatoryUpTo} or worse; an incident of unknown
 * severity counts as mandatory). An optional one is drafted all the same, marked optional.
 */
public record PostmortemDrafting(Duration publishWithin, IncidentSeverity mandatoryUpTo) {

    public static final Duration DEFAULT_PUBLISH_WITHIN = Duration.ofHours(72);
    public static final IncidentSeverity DEFAULT_MANDATORY_UP_TO = IncidentSeverity.SEV2;

    public PostmortemDrafting {
        publishWithin = publishWithin == null ? DEFAULT_PUBLISH_WITHIN : publishWithin;
        mandatoryUpTo = mandatoryUpTo == null ? DEFAULT_MANDATORY_UP_TO : mandatoryUpTo;
        if (publishWithin.isNegative() || publishWithin.isZero()) {
            throw new IllegalArgumentException("beacon.postmortems.publish-within must be positive");
        }
    }

    public DraftPostmortem draftFor(IncidentResolved resolved, Instant now) {
        Instant resolvedAt = resolved.resolvedAt() != null ? resolved.resolvedAt() : resolved.occurredAt();
        boolean mandatory = resolved.severity() == null || resolved.severity().compareTo(mandatoryUpTo) <= 0;
        return new DraftPostmortem(PostmortemIds.forIncident(resolved.incidentId()), facts(resolved), mandatory,
                resolvedAt.plus(publishWithin), now);
    }

    static IncidentFacts facts(IncidentResolved e) {
        return new IncidentFacts(e.incidentId(), e.reference(), e.number(), e.service(), e.title(),
                e.severity() == null ? null : e.severity().name(), e.commander(), e.resolvedBy(), e.summary(),
                e.declaredAt(), e.acknowledgedAt(), e.mitigatedAt(), e.resolvedAt(), e.timeToAcknowledge(),
                e.timeToMitigate(), e.timeToResolve(),
                e.signals().stream().map(s -> new IncidentFacts.Signal(s.alertName(),
                        s.status() == null ? null : s.status().name(), s.source(), s.startsAt(), s.title())).toList(),
                e.statusUpdates().stream().map(u -> new IncidentFacts.StatusUpdate(u.sequence(),
                        u.label() == null ? null : u.label().name(), u.summary(), u.impact(), u.postedBy(),
                        u.postedAt())).toList(), e.signalsOmitted());
    }
}
