/**
 * The incident aggregate: its decisions (attach a signal, record a page, acknowledge) and its event-sourced state.
 * No Spring web, Kafka or Slack here.
 */
package io.beacon.incident.incident;
