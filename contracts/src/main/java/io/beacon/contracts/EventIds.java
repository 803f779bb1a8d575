package io.beacon.contracts;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random (version 4) UUIDs for event ids, like {@link UUID#randomUUID()} but from a secure generator of each thread's
 * own. {@code UUID.randomUUID()} draws from one generator per process behind one lock: under load the gateway's
 * request threads waited 64 s in 12 s (summed, JFR monitor-enter events) for it, and incident-service's fast lane 3 s
 * in 20.
 */
public final class EventIds {

    // DRBG keeps its state per instance; the platform default (NativePRNG) shares one state and lock among instances
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(EventIds::drbg);

    private EventIds() {
    }

    /** A new random version-4 UUID. */
    public static UUID random() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            return new SecureRandom();
        }
    }
}
