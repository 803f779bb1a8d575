package io.beacon.postmortem.actionitem.web;

/** {@code POST /api/action-items/{id}/reopening}: {@code reason} (optional). */
record ReopeningRequest(String reason) {
}
