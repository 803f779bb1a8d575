package io.beacon.postmortem.postmortem;

import java.util.List;

/** Publication refused: the blameless check flagged the write-up and no override was given. */
public class PostmortemNotBlameless extends IllegalStateException {

    private final transient List<BlamelessFlag> flags;

    public PostmortemNotBlameless(List<BlamelessFlag> flags) {
        super("The postmortem reads as blaming people in " + flags.size() + " place(s): reword them, or publish "
                + "with an override giving the reason");
        this.flags = List.copyOf(flags);
    }

    public List<BlamelessFlag> flags() {
        return flags;
    }
}
