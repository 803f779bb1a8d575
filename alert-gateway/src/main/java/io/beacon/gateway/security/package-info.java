/**
 * Who may send alerts: the bearer tokens accepted on the webhook (several at once while one is rotated), checked
 * in constant time before the body is read. Owns nothing else; the rest of the gateway trusts that a request
 * that reached it was authenticated here.
 */
package io.beacon.gateway.security;
