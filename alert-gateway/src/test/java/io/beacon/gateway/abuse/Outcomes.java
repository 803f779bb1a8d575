package io.beacon.gateway.abuse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** What one property run measured: answers per status, and the event ids of every alert a 2xx accepted. */
final class Outcomes {

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<UUID> accepted = Collections.synchronizedList(new ArrayList<>());
    private final String bootstrapServers;
    private long startedAt;
    private KafkaLedger ledger;
    private int tries;
    private int started;

    Outcomes(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Before each try; before the first, the clock starts and the topic's end offsets are noted. */
    synchronized void beforeTry() {
        if (ledger == null) {
            ledger = KafkaLedger.now(bootstrapServers);
            startedAt = System.nanoTime();
        }
        started++;
    }

    synchronized int started() {
        return started;
    }

    synchronized void answered(int status) {
        statuses.merge(status, 1, Integer::sum);
        tries++;
    }

    void accepted(List<UUID> eventIds) {
        accepted.addAll(eventIds);
    }

    synchronized int tries() {
        return tries;
    }

    /** Checks the topic against the accepted alerts and prints what was measured. */
    synchronized void report(String how) {
        long seconds = seconds();
        long records = ledger.assertHoldsExactly(List.copyOf(accepted));
        System.out.printf("webhook abuse %s: %,d bodies in %d s: %s; 5xx: %d; alerts accepted %,d, records added"
                        + " to Kafka %,d (each accepted event id once, none from a 4xx)%n", how, tries, seconds,
                summary(), statuses.keySet().stream().filter(s -> s >= 500).count(), accepted.size(), records);
    }

    synchronized String summary() {
        return statuses.entrySet().stream().map(e -> e.getKey() + " × " + String.format("%,d", e.getValue()))
                .collect(Collectors.joining(", "));
    }

    long seconds() {
        return (System.nanoTime() - startedAt) / 1_000_000_000;
    }
}
