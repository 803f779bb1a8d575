package io.beacon.slack.delivery;

import io.beacon.slack.SlackDeliveryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Tells the {@link SlackDeliveryListener} a recorded outcome and marks it told, in one transaction, so whatever the
 * listener writes (an enqueue, say) commits together with {@code listener_done}. A listener that throws is told
 * again once the row's claim expires.
 */
final class ListenerNotifier {

    private static final Logger log = LoggerFactory.getLogger(ListenerNotifier.class);

    private final SlackDeliveryListener listener;
    private final OutboxStore store;
    private final TransactionOperations transactions;

    ListenerNotifier(SlackDeliveryListener listener, OutboxStore store, TransactionOperations transactions) {
        this.listener = listener;
        this.store = store;
        this.transactions = transactions;
    }

    void tell(OutboxRow row) {
        try {
            transactions.executeWithoutResult(status -> {
                switch (row.status()) {
                    case DELIVERED -> {
                        if (row.failedAddress() == null) {
                            listener.delivered(row.message(), row.deliveredChannel(), row.deliveredTs());
                        } else {
                            listener.failed(row.message(), row.failedAddress(), row.failedError(), row.target());
                        }
                    }
                    case FAILED -> listener.failed(row.message(), row.failedAddress(), row.failedError(), null);
                    default -> throw new IllegalStateException("No outcome recorded for outbox row " + row.id());
                }
                store.listenerDone(row.id());
            });
        } catch (RuntimeException e) {
            log.warn("Slack delivery listener failed for {}: told again later", row.message().key(), e);
        }
    }

    static SlackDeliveryListener noOp() {
        return new SlackDeliveryListener() {
            @Override
            public void delivered(io.beacon.slack.OutboundMessage message, String channel,
                                  String ts) {
                // nobody listens
            }

            @Override
            public void failed(io.beacon.slack.OutboundMessage message, String address,
                               String error, String deliveredTo) {
                // nobody listens
            }
        };
    }
}
