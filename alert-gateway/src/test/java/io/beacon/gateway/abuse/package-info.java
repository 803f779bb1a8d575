/**
 * The gateway under abuse: property tests (jqwik, on the JUnit platform beside Jupiter) that send generated and
 * mutated webhook bodies through the whole running gateway and check every answer and every Kafka record.
 */
package io.beacon.gateway.abuse;
