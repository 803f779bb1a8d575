package io.beacon.contracts;

/** Whether the monitoring system says the condition is happening now or has stopped. */
public enum SignalStatus {
    FIRING,
    RESOLVED
}
