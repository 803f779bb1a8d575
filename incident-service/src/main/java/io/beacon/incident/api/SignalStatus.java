package io.beacon.incident.api;

/** Whether an alert signal says the condition is happening or has stopped. */
public enum SignalStatus {
    FIRING,
    RESOLVED
}
