package io.beacon.incident.web;

/** No incident has this id. */
class IncidentNotFound extends RuntimeException {

    IncidentNotFound(String id) {
        super("No incident with id " + id);
    }
}
