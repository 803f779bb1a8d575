package io.beacon.contracts;

/**
 * How bad an incident is, as people say it: SEV1 (worst) to SEV4. Not the same scale as an alert's {@link Severity}:
 * incident-service starts an alerted incident at the alert's severity mapped one to one, and people change it after.
 */
public enum IncidentSeverity {
    SEV1,
    SEV2,
    SEV3,
    SEV4
}
