package io.beacon.deadletter;

import java.util.List;

/** A processing group's parked letters: how many, in how many sequences (aggregates), and the first of them. */
record DeadLetterGroupView(String group, long count, long sequences, List<DeadLetterView> letters) {
}
