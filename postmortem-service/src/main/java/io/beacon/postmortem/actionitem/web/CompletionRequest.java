package io.beacon.postmortem.actionitem.web;

/** {@code POST /api/action-items/{id}/completion}: {@code note} (optional) says what was done. */
record CompletionRequest(String note) {
}
