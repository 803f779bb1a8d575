package io.beacon.slack.delivery;

/**
 * Where a row stands. PENDING and SENDING rows block later rows of the same target and subject; the others do not. WITHDRAWN
 * rows were taken back before they were sent (e.g. the pages of an incident acknowledged meanwhile).
 */
public enum OutboxStatus { PENDING, SENDING, DELIVERED, FAILED, WITHDRAWN }
