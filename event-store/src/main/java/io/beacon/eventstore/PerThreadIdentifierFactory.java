package io.beacon.eventstore;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Random (version 4) UUIDs like Axon's default, drawn from a secure generator of each thread's own. Axon names every
 * command, event and result with {@code UUID.randomUUID()}, whose one generator is shared by the whole process behind
 * one lock: under a storm the fast lane's threads waited 3 s in 20 on it (JFR monitor-enter events), queued behind
 * the intake's and the processors' threads, and pages waited with them. Axon finds this factory through
 * {@code META-INF/services}; code naming new things (an incident's id) takes {@link #randomUuid()} too.
 */
public final class PerThreadIdentifierFactory extends IdentifierFactory {

    // DRBG keeps its state per instance; the platform default (NativePRNG) shares one state and lock among instances
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PerThreadIdentifierFactory::drbg);

    @Override
    public String generateIdentifier() {
        return randomUuid().toString();
    }

    /** A version 4 (random) UUID, as {@link UUID#randomUUID()} makes, without its shared lock. */
    public static UUID randomUuid() {
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
