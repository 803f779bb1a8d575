package io.beacon.contracts;

/** How urgent an action item is: P1 (due soonest) to P3; the org file sets each one's default due offset. */
public enum ActionItemPriority {
    P1,
    P2,
    P3
}
