package io.beacon.platform.launch;

import java.io.PrintStream;

/** The launcher's voice, as {@code ./beacon} always spoke: {@code ==>} steps, {@code warning:} and {@code error:}. */
final class Console {

    final String bold;
    final String red;
    final String green;
    final String dim;
    final String reset;
    private final PrintStream out;
    private final PrintStream err;

    /** @param colours whether stdout is a terminal ({@code ./beacon} tells: Java 21 cannot) */
    Console(PrintStream out, PrintStream err, boolean colours) {
        this.out = out;
        this.err = err;
        this.bold = colours ? "\u001b[1m" : "";
        this.red = colours ? "\u001b[31m" : "";
        this.green = colours ? "\u001b[32m" : "";
        this.dim = colours ? "\u001b[2m" : "";
        this.reset = colours ? "\u001b[0m" : "";
    }

    static Console standard(java.util.Map<String, String> env) {
        return new Console(System.out, System.err, "1".equals(env.get("BEACON_COLOUR")));
    }

    void say(String message) {
        out.println(bold + "==>" + reset + " " + message);
    }

    void print(String text) {
        out.println(text);
    }

    void warn(String message) {
        err.println(red + "warning:" + reset + " " + message);
    }

    void error(String message) {
        err.println(red + "error:" + reset + " " + message);
    }

    /** A log tail (already framed by {@link Processes#tail}), dimmed. */
    void tail(String framedTail) {
        err.println(dim + framedTail + reset);
    }
}
