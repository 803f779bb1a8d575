/**
 * How refusals look on the wire: every error is RFC 9457 problem details ({@code application/problem+json}) with a
 * stable {@code type}. Also the HTTP status policy: 4xx only for requests that can never succeed (Alertmanager
 * never retries a 4xx, so never 429), 503 with {@code Retry-After} whenever a retry can.
 */
package io.beacon.gateway.web;
