package io.beacon.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the deadline scheduler polls and executes.
 *
 * @param pollingInterval   how often each instance looks for due deadlines: the worst-case lateness of a deadline
 * @param threads           deadlines executed at once per instance (each loads an aggregate: database-bound work)
 * @param heartbeatInterval how often an instance marks the deadlines it is executing as alive
 * @param missedHeartbeats  missed heartbeats (db-scheduler requires at least 4) after which another instance takes
 *                          over a deadline whose executor died: 20 s with the defaults
 * @param deleteUnknownAfter how long a row whose task no running version knows is kept before it is deleted
 */
@ConfigurationProperties("beacon.deadlines")
record DeadlineProperties(
        @DefaultValue("200ms") Duration pollingInterval,
        @DefaultValue("4") int threads,
        @DefaultValue("5s") Duration heartbeatInterval,
        @DefaultValue("4") int missedHeartbeats,
        @DefaultValue("7d") Duration deleteUnknownAfter) {
}
