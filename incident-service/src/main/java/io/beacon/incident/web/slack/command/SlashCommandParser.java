package io.beacon.incident.web.slack.command;

import io.beacon.incident.api.IncidentSeverity;
import io.beacon.incident.api.StatusLabel;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Turns the text after {@code /incident} into a {@link SlashCommand}. The incident is {@code INC-n} when the text
 * names one, else the incident channel the command was typed in ({@code inc-<n>-<service>}). Where a free text
 * may follow (severity, status, resolve, reopen), only {@code INC-n} with its prefix counts, so a summary starting
 * with a number stays a summary.
 */
public final class SlashCommandParser {

    private SlashCommandParser() {
    }

    /**
     * @param text        what followed {@code /incident}
     * @param channelName the name of the channel it was typed in (Slack's {@code channel_name}); may be null
     * @throws InvalidSlashCommand saying what was wrong and the usage line
     */
    public static SlashCommand parse(String text, String channelName) {
        Words words = new Words(text);
        String verb = words.next();
        if (verb == null) {
            return new SlashCommand.Help();
        }
        Context context = new Context(words, channelName);
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "help", "?" -> new SlashCommand.Help();
            case "declare", "new" -> declare(words);
            case "ack", "acknowledge" -> new SlashCommand.Acknowledge(context.incident(Usage.ACK, true));
            case "commander", "ic" -> commander(context);
            case "severity", "sev" -> severity(context);
            case "status" -> status(context);
            case "update" -> new SlashCommand.OpenUpdateForm(context.incident(Usage.UPDATE, true));
            case "resolve" -> new SlashCommand.Resolve(context.incident(Usage.RESOLVE, false), words.rest());
            case "reopen" -> new SlashCommand.Reopen(context.incident(Usage.REOPEN, false), words.rest());
            default -> throw new InvalidSlashCommand("I don't know the command '" + verb + "'.", Usage.HELP);
        };
    }

    private static SlashCommand declare(Words words) {
        String service = words.next();
        String severity = words.next();
        String title = words.rest();
        if (service == null || severity == null || title == null) {
            throw new InvalidSlashCommand("Say which service, how severe and what is wrong.", Usage.DECLARE);
        }
        return new SlashCommand.Declare(service, severity(severity, Usage.DECLARE), title);
    }

    private static SlashCommand commander(Context context) {
        String who = context.words.next();
        if (who == null) {
            throw new InvalidSlashCommand("Say who the commander is.", Usage.COMMANDER);
        }
        String userId = SlackUserMention.userId(who).orElseThrow(() -> new InvalidSlashCommand(
                "I can't tell who '" + who + "' is: mention the person so Slack links the name (<@U…>), or give "
                        + "their member id (U…).", Usage.COMMANDER));
        long incident = context.incident(Usage.COMMANDER, true);
        context.requireNothingMore(Usage.COMMANDER);
        return new SlashCommand.AssignCommander(userId, incident);
    }

    private static SlashCommand severity(Context context) {
        String severity = context.words.next();
        if (severity == null) {
            throw new InvalidSlashCommand("Say the new severity.", Usage.SEVERITY);
        }
        IncidentSeverity parsed = severity(severity, Usage.SEVERITY);
        return new SlashCommand.ChangeSeverity(parsed, context.incident(Usage.SEVERITY, false), context.words.rest());
    }

    private static SlashCommand status(Context context) {
        long incident = context.incident(Usage.STATUS, false);
        String label = context.words.next();
        if (label == null) {
            throw new InvalidSlashCommand("Say the status and a one-sentence summary.", Usage.STATUS);
        }
        StatusLabel parsed;
        try {
            parsed = StatusLabel.parse(label);
        } catch (IllegalArgumentException e) {
            throw new InvalidSlashCommand("'" + label + "' is not a status: use investigating, identified, "
                    + "monitoring or resolved.", Usage.STATUS);
        }
        String summary = context.words.rest();
        if (summary == null) {
            throw new InvalidSlashCommand("Add a one-sentence summary of where things stand.", Usage.STATUS);
        }
        return new SlashCommand.PostStatus(incident, parsed, summary);
    }

    private static IncidentSeverity severity(String word, String usage) {
        try {
            return IncidentSeverity.parse(word);
        } catch (IllegalArgumentException e) {
            throw new InvalidSlashCommand("'" + word + "' is not a severity: use SEV1, SEV2, SEV3 or SEV4.", usage);
        }
    }

    /** The words still to read and the channel, to find the incident a command is about. */
    private record Context(Words words, String channelName) {

        /**
         * The incident named by the next word when it is a reference (consumed), else by the channel.
         *
         * @param bareAllowed whether a bare number names an incident here (only where no free text may follow)
         */
        long incident(String usage, boolean bareAllowed) {
            OptionalLong inText = IncidentNumber.inWord(words.peek(), bareAllowed);
            if (inText.isPresent()) {
                words.next();
                return inText.getAsLong();
            }
            return IncidentNumber.ofChannel(channelName).orElseThrow(() -> new InvalidSlashCommand(
                    "Say which incident (INC-n), or type the command in the incident's channel.", usage));
        }

        void requireNothingMore(String usage) {
            String extra = words.rest();
            if (extra != null) {
                throw new InvalidSlashCommand("I don't understand '" + extra + "'.", usage);
            }
        }
    }
}
