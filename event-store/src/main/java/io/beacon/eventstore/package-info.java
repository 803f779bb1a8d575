/** The PostgreSQL dialect the services' Axon event stores need (bytea columns, not large objects). */
package io.beacon.eventstore;
