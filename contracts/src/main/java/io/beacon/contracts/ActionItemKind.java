package io.beacon.contracts;

/** What an action item does about an incident's causes: prevent a recurrence, detect it sooner, limit it, or fix how we work. */
public enum ActionItemKind {
    PREVENT,
    DETECT,
    MITIGATE,
    PROCESS
}
