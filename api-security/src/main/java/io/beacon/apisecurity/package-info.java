/**
 * The API tokens of {@code BEACON_API_TOKENS} ({@code subject:role:token}, comma-separated) for the services' HTTP
 * APIs: parsing, constant-time checking behind Spring Security's opaque bearer-token support, and 401/403 as problem
 * details. Each service keeps its own filter chain and decides what each role may do there.
 */
package io.beacon.apisecurity;
