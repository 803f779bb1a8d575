package io.beacon.platform.launch;

/** A process did not start, exited or did not get ready; the message says which, with its log's last lines. */
public final class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
