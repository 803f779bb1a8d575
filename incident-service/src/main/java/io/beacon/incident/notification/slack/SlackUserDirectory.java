package io.beacon.incident.notification.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a responder from the on-call file into a Slack user: ids are taken as they are, emails are looked up with
 * {@code users.lookupByEmail} (Tier 3) and remembered. An email Slack does not know is not an error that should stop
 * the page: the page still goes to the team's channel, just without a personal mention.
 */
final class SlackUserDirectory {

    private static final Logger log = LoggerFactory.getLogger(SlackUserDirectory.class);

    private final MethodsClient methods;
    private final SlackRateLimitRetry retry;
    private final Map<String, String> userIdsByEmail = new ConcurrentHashMap<>();

    SlackUserDirectory(MethodsClient methods, SlackRateLimitRetry retry) {
        this.methods = methods;
        this.retry = retry;
    }

    SlackResponder resolve(String responder) {
        if (responder == null || SlackResponder.isUserId(responder)) {
            return new SlackResponder(responder, responder);
        }
        String email = responder.toLowerCase(Locale.ROOT);
        String cached = userIdsByEmail.get(email);
        if (cached != null) {
            return new SlackResponder(responder, cached);
        }
        UsersLookupByEmailResponse found = retry.call("users.lookupByEmail",
                () -> methods.usersLookupByEmail(r -> r.email(responder)));
        if (!found.isOk() || found.getUser() == null) {
            log.warn("No Slack user for on-call responder {} ({}): paging the channel without a personal mention",
                    responder, found.getError());
            return SlackResponder.unresolved(responder);
        }
        userIdsByEmail.put(email, found.getUser().getId());
        return new SlackResponder(responder, found.getUser().getId());
    }
}
