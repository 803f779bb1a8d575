package io.beacon.slack.delivery;

import java.util.Set;

/**
 * Slack error codes that retrying cannot fix. Everything else (ratelimited, internal_error, fatal_error,
 * service_unavailable, request_timeout, unknown codes) is treated as transient: a page must not be dropped because
 * Slack answered something new.
 */
final class SlackErrors {

    private static final Set<String> PERMANENT = Set.of(
            "channel_not_found", "not_in_channel", "is_archived", "invalid_blocks", "invalid_blocks_format",
            "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired", "no_permission",
            "missing_scope", "msg_too_long", "no_text", "too_many_attachments", "invalid_metadata_format",
            "invalid_metadata_schema", "metadata_too_large", "restricted_action", "cant_update_message",
            "message_not_found", "edit_window_closed", "user_not_found", "users_not_found", "invalid_name",
            "invalid_name_specials", "invalid_name_required", "invalid_name_maxlength", "cant_invite_self",
            "cant_invite", "ekm_access_denied", "team_access_not_granted", "channel_is_archived", "not_pinnable",
            "too_many_pins");

    private SlackErrors() {
    }

    static boolean isPermanent(String error) {
        return error != null && PERMANENT.contains(error);
    }
}
