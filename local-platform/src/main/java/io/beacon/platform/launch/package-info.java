/**
 * Starting Beacon on one machine without Docker: Apache Kafka's own broker (KRaft) as a separate JVM and the three
 * services as {@code java -jar} processes, each with its environment, its log file and a readiness wait.
 *
 * <p>It owns what {@code ./beacon run|stop|status} does (the shell script only finds a JDK, builds and calls
 * {@link io.beacon.platform.launch.Main}), the settings it reads from the environment ({@link
 * io.beacon.platform.launch.PlatformSettings}, the one place that knows {@code BEACON_*_PORT} and friends), and the
 * process handles ({@link io.beacon.platform.launch.BrokerProcess}, {@link io.beacon.platform.launch.ServiceProcess})
 * that the end-to-end tests use too, so that {@code mvn verify} exercises the path users run, and each service's
 * JDK AOT start-up cache ({@link io.beacon.platform.launch.StartupCache}), trained once per build. It knows the services
 * only by module name, jar and environment keys; it never loads their classes.
 */
package io.beacon.platform.launch;
