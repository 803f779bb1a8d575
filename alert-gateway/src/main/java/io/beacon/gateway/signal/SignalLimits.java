package io.beacon.gateway.signal;

import io.beacon.contracts.ServiceKeys;

/**
 * Every size limit of the gateway, in one place and documented in the module README. Above a limit a field is cut
 * with {@link io.beacon.contracts.BoundedText#MARKER} (identifiers with a hash instead), never refused: a refusal
 * is a 4xx, and Alertmanager drops a group for good on a 4xx. Only the body size and the number of alerts of one
 * webhook are refused (413), because they can be fixed at the sender with {@code max_alerts}.
 *
 * <p>Chosen so that the largest possible record stays well under Kafka's default 1 MB message size:
 * {@link #MAX_RECORD_BYTES} is proven against the worst case by {@code WorstCaseRecordSizeTest}.
 */
public final class SignalLimits {

    /** 16 MiB: 10,000 alerts with generous labels (Alertmanager sends about 400 bytes for a plain one). */
    public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** Alerts in one webhook; above it the answer is 413 asking for {@code max_alerts}. */
    public static final int MAX_ALERTS_PER_WEBHOOK = 10_000;

    /** Labels kept per alert; the rest are dropped and counted in {@link #DROPPED_LABELS_LABEL}. */
    public static final int MAX_LABELS = 64;
    /** Annotations kept per alert; the rest are dropped and counted in {@link #DROPPED_ANNOTATIONS_ANNOTATION}. */
    public static final int MAX_ANNOTATIONS = 32;
    /** Label and annotation names; a longer one is cut and ends in a hash, so that two names never merge. */
    public static final int MAX_NAME_CHARS = 128;
    public static final int MAX_LABEL_VALUE_CHARS = 1_024;
    public static final int MAX_ANNOTATION_VALUE_CHARS = 4_000;

    /** The service key ({@code service}, {@code sloth_service}, {@code job} label): cut plus hash. */
    public static final int MAX_SERVICE_KEY_CHARS = ServiceKeys.MAX_LENGTH;
    /** The dedup key (Alertmanager's fingerprint, 16 hex chars when honest): cut plus hash. */
    public static final int MAX_DEDUP_KEY_CHARS = 120;
    public static final int MAX_TITLE_CHARS = 1_000;
    public static final int MAX_DESCRIPTION_CHARS = 4_000;
    /** Alert name, source severity and the SLO's name, windows and exhaustion. */
    public static final int MAX_SHORT_TEXT_CHARS = 256;
    /** Runbook, generator and external URLs. A cut URL no longer works, but the record still does. */
    public static final int MAX_URL_CHARS = 4_096;
    public static final int MAX_GROUP_KEY_CHARS = 4_096;

    /** Label added when labels were dropped; its value says how many. */
    public static final String DROPPED_LABELS_LABEL = "beacon_dropped_labels";
    /** Annotation added when annotations were dropped; its value says how many. */
    public static final String DROPPED_ANNOTATIONS_ANNOTATION = "beacon_dropped_annotations";

    /** A record is never larger; Kafka's default limit for one message is 1 MB (1,048,588 bytes). */
    public static final int MAX_RECORD_BYTES = 900 * 1024;

    private SignalLimits() {
    }
}
