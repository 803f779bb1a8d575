package io.beacon.deadletter;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code deadLetters}: parked events per processing group. Always UP: a parked event is for an operator to look at
 * (and the {@code beacon.dead_letters} gauge to alert on); taking the instance out of rotation would change nothing
 * for it and stop everything else.
 */

class DeadLetterHealth implements HealthIndicator {

    private final ParkedLetters parked;

    DeadLetterHealth(ParkedLetters parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        Map<String, Long> perGroup = new LinkedHashMap<>();
        long total = 0;
        for (String group : parked.groups()) {
            long count = parked.count(group);
            perGroup.put(group, count);
            total += count;
        }
        return Health.up().withDetail("parked", total).withDetail("groups", perGroup).build();
    }
}
