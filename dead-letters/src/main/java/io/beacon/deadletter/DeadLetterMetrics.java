package io.beacon.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code beacon.dead_letters{group}}: parked events per processing group, read from the queue at each scrape. */

class DeadLetterMetrics implements MeterBinder {

    static final String PARKED = DeadLetterConfiguration.METRIC;
    private final ParkedLetters parked;

    DeadLetterMetrics(ParkedLetters parked) {
        this.parked = parked;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : parked.groups()) {
            Gauge.builder(PARKED, parked, letters -> letters.count(group))
                    .tag("group", group)
                    .description("Events parked in the processing group's dead-letter queue")
                    .register(registry);
        }
    }
}
