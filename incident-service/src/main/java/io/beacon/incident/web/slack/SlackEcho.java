package io.beacon.incident.web.slack;

import java.util.regex.Pattern;

/**
 * Text people typed, echoed back in mrkdwn. Escaping {@code & < >} neutralises mentions and links, which all start
 * with {@code <} (the same rule as notification.slack's SlackText, which that package keeps to itself).
 */
final class SlackEcho {

    private static final Pattern MEMBER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private SlackEcho() {
    }

    static String escape(String untrusted) {
        if (untrusted == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(untrusted.length() + 16);
        for (int i = 0; i < untrusted.length(); i++) {
            char c = untrusted.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A member id as a mention; anything else (an email, "beacon") escaped as text. */
    static String person(String id) {
        return id != null && MEMBER_ID.matcher(id).matches() ? "<@" + id + ">" : escape(id);
    }
}
