package io.beacon.apisecurity;

/** Who a token belongs to: the subject recorded as the actor, and the role deciding what it may do. */
public record ApiCaller(String subject, ApiRole role) {
}
