package io.beacon.incident.incident;

import io.beacon.incident.api.EscalationPolicy;

/** Where the escalation policy copied into a new incident comes from (the on-call file). */
public interface EscalationPolicies {

    EscalationPolicy policyFor(String service);
}
