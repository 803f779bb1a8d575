package io.beacon.incident.web.slack.command;

/**
 * The text is not a command Beacon understands. {@link #getMessage()} says what was wrong in plain words (it may
 * quote what was typed: escape it before showing it in mrkdwn); {@link #usage()} is the usage line to show with it.
 */
public class InvalidSlashCommand extends RuntimeException {

    private final String usage;

    InvalidSlashCommand(String problem, String usage) {
        super(problem);
        this.usage = usage;
    }

    public String usage() {
        return usage;
    }
}
