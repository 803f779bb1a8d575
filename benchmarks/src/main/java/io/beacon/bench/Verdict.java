package io.beacon.bench;

/** Whether a figure met its goal; {@code INFO} rows have no goal to meet. */
enum Verdict {
    PASS("pass"), FAIL("**FAIL**"), INFO("—");

    private final String text;

    Verdict(String text) {
        this.text = text;
    }

    static Verdict of(boolean passed) {
        return passed ? PASS : FAIL;
    }

    String text() {
        return text;
    }
}
