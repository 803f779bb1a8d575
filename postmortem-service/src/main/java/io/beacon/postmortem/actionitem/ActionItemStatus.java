package io.beacon.postmortem.actionitem;

/** Open → in progress → done; done can be reopened; won't do is a deprioritisation with a recorded risk acceptance. */
public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    WONT_DO;

    /** Still to be done, so its follow-up ladder runs. */
    public boolean active() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
