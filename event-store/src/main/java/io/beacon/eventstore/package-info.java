/**
 * What the services' databases need in common: the PostgreSQL dialect of the Axon event stores (bytea columns, not
 * large objects), and how to tell and wait out a database that is away ({@link io.beacon.eventstore.DatabaseUnavailable},
 * {@link io.beacon.eventstore.OutageTolerantConsumer}).
 */
package io.beacon.eventstore;
