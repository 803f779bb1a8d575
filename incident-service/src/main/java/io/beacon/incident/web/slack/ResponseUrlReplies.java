package io.beacon.incident.web.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Late answers to a slash command or a click: a JSON POST to the request's {@code response_url}. Slack takes up to
 * five per request within 30 minutes; Beacon sends at most one (the outcome of work that outlasted the 3 s answer,
 * or the outcome of a click), so the limit can't be reached. Nothing waits for the post.
 */
final class ResponseUrlReplies {

    private static final Logger log = LoggerFactory.getLogger(ResponseUrlReplies.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;

    ResponseUrlReplies(HttpClient http) {
        this.http = http;
    }

    void post(String responseUrl, SlackReply reply) {
        if (reply.isNone()) {
            return;
        }
        URI target = target(responseUrl);
        if (target == null) {
            log.warn("No usable response_url ({}): a reply was not delivered", responseUrl);
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(reply.body())))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null) {
                log.warn("Reply to Slack's response_url failed: {}", failure.toString());
            } else if (response.statusCode() >= 300) {
                log.warn("Slack's response_url answered HTTP {}", response.statusCode());
            }
        });
    }

    private static URI target(String responseUrl) {
        if (responseUrl == null || responseUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(responseUrl.strip());
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                    ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
