package io.beacon.slack.delivery;

/**
 * A row this worker owns: {@code row} as it was read before claiming (so its status tells whether a previous owner
 * died while sending), {@code version} as the claim left it. Every write that records an outcome is conditional on
 * that version, so a worker whose claim expired and was taken over cannot overwrite the new owner's outcome.
 */
record Claim(OutboxRow row, long version) {

    long id() {
        return row.id();
    }
}
