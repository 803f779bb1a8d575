package io.beacon.incident.correlation;

import io.beacon.incident.api.AlertSignal;
import io.beacon.incident.api.SignalStatus;

/**
 * Which incident a signal belongs to. Signals for a service with an open incident attach to it, whatever alert
 * they come from; a firing signal for a service without one opens one; a resolved signal never opens one.
 */
final class CorrelationPolicy {

    enum Decision {
        ATTACH_TO_OPEN_INCIDENT,
        OPEN_INCIDENT,
        IGNORE
    }

    private CorrelationPolicy() {
    }

    static Decision decide(String openIncidentId, AlertSignal signal) {
        if (openIncidentId != null) {
            return Decision.ATTACH_TO_OPEN_INCIDENT;
        }
        return signal.status() == SignalStatus.FIRING ? Decision.OPEN_INCIDENT : Decision.IGNORE;
    }
}
