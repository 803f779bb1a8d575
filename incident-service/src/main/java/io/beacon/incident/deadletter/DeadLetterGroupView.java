package io.beacon.incident.deadletter;

import java.util.List;

/** A processing group's parked letters: how many, in how many sequences (incidents), and the first of them. */
record DeadLetterGroupView(String group, long count, long sequences, List<DeadLetterView> letters) {
}
