package io.beacon.slack.delivery;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How the Slack outbox is doing: FAILED rows and the age of the oldest undelivered one. Always UP: Slack being away
 * is exactly what the outbox absorbs, and the service taking itself out of rotation would not bring Slack back.
 */
final class SlackDeliveryHealth implements HealthIndicator {

    private final OutboxQueries queries;
    private final Clock clock;

    SlackDeliveryHealth(OutboxQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Optional<Instant> oldest = queries.oldestUndelivered();
        Duration age = oldest.map(created -> Duration.between(created, clock.instant())).orElse(Duration.ZERO);
        return Health.up()
                .withDetail("failed", queries.count(OutboxStatus.FAILED))
                .withDetail("pending", queries.count(OutboxStatus.PENDING) + queries.count(OutboxStatus.SENDING))
                .withDetail("oldestPendingAgeSeconds", Math.max(0, age.toSeconds()))
                .build();
    }
}
