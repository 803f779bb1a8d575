package io.beacon.postmortem.actionitem.web;

/** No such action item, or no such postmortem to add one to. */
final class NotFound extends RuntimeException {

    private final String type;

    private NotFound(String type, String message) {
        super(message);
        this.type = type;
    }

    static NotFound actionItem(String id) {
        return new NotFound("action-item-not-found", "No action item with id " + id);
    }

    static NotFound postmortem(String id) {
        return new NotFound("postmortem-not-found", "No postmortem with id " + id);
    }

    String type() {
        return type;
    }
}
