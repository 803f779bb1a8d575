package io.beacon.contracts;

/**
 * The one rule for how long a service key may be, applied by the gateway when it names a service and again by
 * every consumer, because a key becomes part of aggregate ids, columns and Kafka record keys, and the gateway is not
 * the only producer. Longer keys are cut and end in a hash of the whole key (see {@link BoundedText#identifier}).
 */
public final class ServiceKeys {

    /** Leaves room for prefixes such as {@code service-correlation:} inside a varchar(255) aggregate id. */
    public static final int MAX_LENGTH = 120;

    private ServiceKeys() {
    }

    /** The key itself when it is clean and short enough; null stays null. */
    public static String bound(String serviceKey) {
        return BoundedText.identifier(serviceKey, MAX_LENGTH);
    }
}
