package io.beacon.bench;

import io.beacon.testkit.SlackStandIn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the Slack stand-in for the first {@code chat.postMessage} naming each benchmark service (a page's text is
 * "<mention> INC-n SEVx service: title"), noting when it arrived: Slack's clock for the alert-to-page latency.
 */
final class PageWatcher implements AutoCloseable {

    private final SlackStandIn slack;
    private final Pattern service;
    private final Map<String, Instant> firstPage = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    PageWatcher(SlackStandIn slack, String servicePrefix) {
        this.slack = slack;
        this.service = Pattern.compile("(" + Pattern.quote(servicePrefix) + "-[a-z]+-\\d+)");
        this.thread = Thread.ofPlatform().daemon().name("page-watcher").start(this::watch);
    }

    private void watch() {
        int seen = 0;
        while (running) {
            List<SlackStandIn.Call> posts = slack.calls("chat.postMessage");
            Instant now = Instant.now();
            for (int i = seen; i < posts.size(); i++) {
                String text = posts.get(i).param("text");
                Matcher m = service.matcher(text == null ? "" : text);
                if (m.find()) {
                    firstPage.putIfAbsent(m.group(1), now);
                }
            }
            seen = posts.size();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Map<String, Instant> firstPages() {
        return Map.copyOf(firstPage);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
