package io.beacon.postmortem.postmortem;

/** Drafted (and edited) until published; a published postmortem no longer changes. */
public enum PostmortemStatus {
    DRAFT,
    PUBLISHED
}
