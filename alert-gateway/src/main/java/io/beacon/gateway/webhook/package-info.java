/**
 * The Alertmanager webhook (payload version 4): its HTTP endpoint, its wire format, the size limits and the checks
 * that decide whether a body is a well-formed webhook. Knows the protocol, not what an alert means
 * ({@code signal}) nor how it is made durable ({@code publishing}).
 */
package io.beacon.gateway.webhook;
