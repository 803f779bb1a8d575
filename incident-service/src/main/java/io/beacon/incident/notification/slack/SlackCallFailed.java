package io.beacon.incident.notification.slack;

/** A Slack Web API call failed (transport error, an error answer, or still rate limited after retrying). */
public class SlackCallFailed extends RuntimeException {

    private final String method;
    private final String error;

    SlackCallFailed(String method, String error) {
        super("Slack " + method + " failed: " + error);
        this.method = method;
        this.error = error;
    }

    SlackCallFailed(String method, String error, Throwable cause) {
        super("Slack " + method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    /** Slack's error code (e.g. {@code channel_not_found}, {@code ratelimited}) or a transport error's description. */
    public String error() {
        return error;
    }
}
