package io.beacon.postmortem.actionitem.web;

/** {@code PATCH /api/action-items/{id}}: the new {@code dueAt}, within the priority's limit. */
record RescheduleRequest(String dueAt) {
}
