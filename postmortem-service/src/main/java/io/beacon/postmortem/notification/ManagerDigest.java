package io.beacon.postmortem.notification;

import io.beacon.slack.OutboundMessage;

/** One manager's digest for one ISO week: the DM, and how many overdue items and accepted risks it covers. */
record ManagerDigest(String manager, String week, int overdueItems, int acceptedRisks, OutboundMessage message) {
}
