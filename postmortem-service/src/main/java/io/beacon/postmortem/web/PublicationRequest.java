package io.beacon.postmortem.web;

/** {@code POST /api/postmortems/{id}/publication}: {@code override} is the reason to publish despite the flags. */
record PublicationRequest(String override) {
}
