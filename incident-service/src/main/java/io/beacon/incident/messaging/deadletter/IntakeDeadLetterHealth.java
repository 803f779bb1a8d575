package io.beacon.incident.messaging.deadletter;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code intakeDeadLetters}: alert signals parked by the intake and not replayed yet. Always UP, like
 * {@code deadLetters}: a parked record is for an operator (and the {@code beacon.intake_dead_letters} gauge to alert
 * on); taking the instance out of rotation would stop every other alert too.
 */
class IntakeDeadLetterHealth implements HealthIndicator {

    private final ParkedIntake parked;
    private final String topic;

    IntakeDeadLetterHealth(ParkedIntake parked, String topic) {
        this.parked = parked;
        this.topic = topic;
    }

    @Override
    public Health health() {
        ParkedIntake.Counts counts = parked.counts();
        Health.Builder health = Health.up().withDetail("topic", topic);
        if (counts.error() != null) {
            return health.withDetail("error", counts.error()).build();
        }
        return health.withDetail("parked", counts.parked()).withDetail("total", counts.total()).build();
    }
}
