package io.beacon.incident.notification.slack;

import java.util.regex.Pattern;

/**
 * A responder as Slack knows them.
 *
 * @param configured as the on-call file names them (a Slack user id or an email), null when nobody is on call
 * @param userId     their Slack user id, null when it could not be resolved
 */
record SlackResponder(String configured, String userId) {

    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");

    static boolean isUserId(String value) {
        return value != null && USER_ID.matcher(value).matches();
    }

    static SlackResponder unresolved(String configured) {
        return new SlackResponder(configured, null);
    }

    boolean isResolved() {
        return userId != null;
    }

    /** How the page mentions them in mrkdwn: a real mention when resolved, else escaped text. */
    String mention() {
        if (isResolved()) {
            return "<@" + userId + ">";
        }
        return configured == null ? "nobody on call" : SlackText.escape(configured) + " (not found in Slack)";
    }

    /** Who the page went to, for the incident's record. */
    String pagedAs() {
        return isResolved() ? userId : configured;
    }
}
