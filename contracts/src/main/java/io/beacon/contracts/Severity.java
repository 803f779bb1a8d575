package io.beacon.contracts;

/** Normalised urgency of a signal, whatever vocabulary the source used (Sloth page|ticket, Pyrra critical|warning, …). */
public enum Severity {
    CRITICAL,
    ERROR,
    WARNING,
    INFO
}
