package io.beacon.incident.it;

/**
 * Text an attacker (or a careless alert rule) puts into an alert: every kind of Slack mention and link, an escaped
 * entity, emoji, right-to-left script and override, combining marks and a NUL, repeated to any length.
 */
final class HostileText {

    static final String SEED = "<!channel> <!here> <@U123> <#C123> <!subteam^S123> <https://evil.example|click> "
            + "&lt;b&gt; 🔥🧯 שלום مرحبا \u202Eevil\u202C e\u0301\u0301\u0301 \u0000 ";

    private HostileText() {
    }

    /** {@link #SEED} repeated to exactly {@code chars} UTF-16 chars, never splitting a surrogate pair. */
    static String of(int chars) {
        StringBuilder text = new StringBuilder(chars + SEED.length());
        while (text.length() < chars) {
            text.append(SEED);
        }
        int end = chars;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
            text.setCharAt(end, 'x');
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * Whether Slack would read any part of {@code text} as a mention or one of the attacker's links. Beacon's own
     * {@code <!date^…>} (a time shown in the reader's zone, SlackDates) is no mention and is not from the alert.
     */
    static boolean mentionsOrLinks(String text) {
        String withoutDates = text.replaceAll("<!date\\^[0-9]+\\^[^|>]*\\|[^>]*>", "");
        return withoutDates.contains("<!") || withoutDates.contains("<@U123") || withoutDates.contains("<#C123")
                || withoutDates.contains("<https://evil");
    }
}
