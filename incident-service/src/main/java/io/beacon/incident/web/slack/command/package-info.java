/**
 * What a person typed after {@code /incident}: a pure parser ({@link io.beacon.incident.web.slack.command.SlashCommandParser})
 * from the command text and the channel it was typed in to one {@link io.beacon.incident.web.slack.command.SlashCommand},
 * or an {@link io.beacon.incident.web.slack.command.InvalidSlashCommand} that says what was wrong and how to say it.
 * No Spring, no Slack SDK, no I/O: resolving {@code INC-n} to an incident and acting on it is the web layer's job.
 */
package io.beacon.incident.web.slack.command;
