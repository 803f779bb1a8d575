package io.beacon.gateway.webhook;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a webhook body into memory, never more than {@link #MAX_BODY_BYTES}. The limit is enforced on the bytes
 * actually read, because a chunked body declares no length and a declared length can lie.
 */
@Component
public class WebhookBodyReader {

    /** 512 KB, the payload limit webhook receivers commonly set (PagerDuty's, for one). */
    public static final int MAX_BODY_BYTES = 512 * 1024;

    public byte[] read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("The body exceeds " + MAX_BODY_BYTES
                + " bytes; lower max_alerts in the Alertmanager webhook_config");
    }
}
