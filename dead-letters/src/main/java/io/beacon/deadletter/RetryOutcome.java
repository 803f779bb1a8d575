package io.beacon.deadletter;

/** What a retry did: sequences now processed and gone from the queue, and what is still parked. */
record RetryOutcome(String group, int sequencesProcessed, long sequencesStillParked, long lettersStillParked) {
}
