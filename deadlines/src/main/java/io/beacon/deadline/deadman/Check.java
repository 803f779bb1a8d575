package io.beacon.deadline.deadman;

/** The two things the switch watches; the name is the {@code check} tag and the {@code deadman_switch} row. */
enum Check {
    DEADLINES("deadlines", "escalation deadlines have stopped firing", "escalation deadlines are firing again"),
    PROCESSORS("processors", "event processors have stopped advancing", "event processors are advancing again");

    private final String tag;
    private final String trouble;
    private final String recovery;

    Check(String tag, String trouble, String recovery) {
        this.tag = tag;
        this.trouble = trouble;
        this.recovery = recovery;
    }

    String recovery() {
        return recovery;
    }

    String tag() {
        return tag;
    }

    /** What is wrong, for people. */
    String trouble() {
        return trouble;
    }
}
