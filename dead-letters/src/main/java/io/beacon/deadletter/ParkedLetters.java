package io.beacon.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The parked letters of every processing group that has a dead-letter queue: read, retried, evicted. */

class ParkedLetters {

    private final EventProcessingConfiguration processing;
    private final List<String> groups;

    ParkedLetters(EventProcessingConfiguration processing, EventProcessorProperties properties) {
        this.processing = processing;
        // from the properties, not from Axon's configuration: known before Axon starts (the gauges bind earlier)
        this.groups = List.copyOf(new TreeSet<>(properties.getProcessors().entrySet().stream()
                .filter(processor -> processor.getValue().getDlq().isEnabled())
                .map(Map.Entry::getKey)
                .toList()));
    }

    /** The groups with a dead-letter queue ({@code dlq.enabled}), by name. */
    List<String> groups() {
        return groups;
    }

    long count(String group) {
        return queue(group).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    Optional<DeadLetterGroupView> view(String group, int limit) {
        return queue(group).map(queue -> {
            List<DeadLetterView> letters = new ArrayList<>();
            sequences:
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (letters.size() >= limit) {
                        break sequences;
                    }
                    letters.add(DeadLetterView.of(letter));
                }
            }
            return new DeadLetterGroupView(group, queue.size(), queue.amountOfSequences(), letters);
        });
    }

    /**
     * Processes each parked sequence once, oldest-touched first: a sequence that fails again is requeued (touched
     * now), so it moves behind the others and the loop reaches every sequence.
     */
    Optional<RetryOutcome> retry(String group) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(group);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(group);
        if (queue.isEmpty() || processor.isEmpty()) {
            return Optional.empty();
        }
        long sequences = queue.get().amountOfSequences();
        int processed = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.get().processAny()) {
                processed++;
            }
        }
        return Optional.of(new RetryOutcome(group, processed, queue.get().amountOfSequences(), queue.get().size()));
    }

    /** Drops one parked letter for good; the next letter of its sequence becomes the one to retry. */
    EvictOutcome evict(String group, String letterId) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(group);
        if (queue.isEmpty()) {
            return EvictOutcome.NO_SUCH_GROUP;
        }
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.get().deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter instanceof JpaDeadLetter<?> jpa && jpa.getId().equals(letterId)) {
                    queue.get().evict(letter);
                    return EvictOutcome.EVICTED;
                }
            }
        }
        return EvictOutcome.NO_SUCH_LETTER;
    }

    enum EvictOutcome { EVICTED, NO_SUCH_GROUP, NO_SUCH_LETTER }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return groups.contains(group) ? processing.deadLetterQueue(group) : Optional.empty();
    }
}
