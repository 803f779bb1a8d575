/**
 * The benchmark command ({@link io.beacon.bench.Benchmark}): starts the platform the way a user does
 * ({@code ./beacon run}) with the Slack stand-in behind it, re-measures the raw limits of the machine it runs on (the
 * platform's Kafka broker, the database), drives the scenarios of issue 8 over real HTTP, and writes
 * {@code docs/benchmarks.md} with plots, keeping the previous run's table beneath the new one. It owns nothing the
 * services use; figures come from the services' own Prometheus scrape wherever one exists.
 */
package io.beacon.bench;
