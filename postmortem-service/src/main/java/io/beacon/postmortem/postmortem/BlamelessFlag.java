package io.beacon.postmortem.postmortem;

/**
 * One place where the write-up blames a person.
 *
 * @param section    where: {@code summary}, {@code impact}, {@code whatWentWell}, {@code whereWeGotLucky}, or an
 *                   entry such as {@code contributingFactors[2]} (0-based)
 * @param matched    the text that matched, as written
 * @param suggestion what to write instead
 */
public record BlamelessFlag(String section, String matched, String suggestion) {
}
