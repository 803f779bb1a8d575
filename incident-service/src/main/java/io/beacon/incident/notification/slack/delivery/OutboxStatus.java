package io.beacon.incident.notification.slack.delivery;

/** Where a row stands. PENDING and SENDING rows block later rows of the same target; the others do not. */
public enum OutboxStatus { PENDING, SENDING, DELIVERED, FAILED }
