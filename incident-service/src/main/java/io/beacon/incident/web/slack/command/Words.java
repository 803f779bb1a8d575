package io.beacon.incident.web.slack.command;

/**
 * Reads a command text word by word while keeping the rest verbatim: titles and summaries keep their own spacing
 * and punctuation.
 */
final class Words {

    private final String text;
    private int position;

    Words(String text) {
        this.text = text == null ? "" : text.strip();
    }

    /** The next word without consuming it, or null at the end. */
    String peek() {
        int start = skipSpace(position);
        if (start >= text.length()) {
            return null;
        }
        return text.substring(start, wordEnd(start));
    }

    /** The next word, or null at the end. */
    String next() {
        int start = skipSpace(position);
        if (start >= text.length()) {
            return null;
        }
        int end = wordEnd(start);
        position = end;
        return text.substring(start, end);
    }

    /** Everything not read yet, stripped; null when nothing is left. */
    String rest() {
        String rest = text.substring(Math.min(position, text.length())).strip();
        position = text.length();
        return rest.isEmpty() ? null : rest;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int wordEnd(int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
