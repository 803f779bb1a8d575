package io.beacon.incident.web.slack;

import java.util.regex.Pattern;

/**
 * Text people typed, echoed back in mrkdwn. Escaping {@code & < >} neutralises mentions and links, which all start
 * with {@code <} (SlackText's rule).
 */
final class SlackEcho {

    private static final Pattern MEMBER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    private SlackEcho() {
    }

    static String escape(String untrusted) {
        return untrusted == null ? "" : io.beacon.slack.SlackText.escape(untrusted);
    }

    /** A member id as a mention; anything else (an email, "beacon") escaped as text. */
    static String person(String id) {
        return id != null && MEMBER_ID.matcher(id).matches() ? "<@" + id + ">" : escape(id);
    }
}
