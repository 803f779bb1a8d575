package io.beacon.incident.web;

/** No incident has this id. */
class IncidentNotFound extends RuntimeException {

    private final String id;

    IncidentNotFound(String id) {
        super("No incident with id " + id);
        this.id = id;
    }

    String id() {
        return id;
    }
}
