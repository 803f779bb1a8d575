package io.beacon.postmortem.actionitem;

/** What an action item does about the incident's causes: prevent a recurrence, detect it sooner, limit it, or fix how we work. */
public enum ActionItemKind {
    PREVENT,
    DETECT,
    MITIGATE,
    PROCESS
}
