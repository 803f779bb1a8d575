package io.beacon.postmortem.security;

/** Who a token belongs to: the subject recorded as the actor, and the role deciding what it may do. */
record ApiCaller(String subject, ApiRole role) {
}
