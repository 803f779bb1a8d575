package io.beacon.postmortem.web;

/** No postmortem with that id (in the view, or in the event store). */
final class PostmortemNotFound extends RuntimeException {

    private final String id;

    PostmortemNotFound(String id) {
        super("No postmortem with id " + id);
        this.id = id;
    }

    String id() {
        return id;
    }
}
