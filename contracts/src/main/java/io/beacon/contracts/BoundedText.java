package io.beacon.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Keeps untrusted text inside a size that columns, Kafka records and chat messages can hold, without refusing it:
 * free text is cut with a visible {@link #MARKER}; identifiers are cut with a short hash of the whole value, so that
 * two long names stay apart and one name always maps to the same identifier. Lengths count UTF-16 chars
 * ({@link String#length()}), never fewer than the code points a database counts, and a cut never splits a
 * surrogate pair. Shared through {@code contracts} so that every producer and consumer bounds alike.
 */
public final class BoundedText {

    /** Appended to every cut text, counted within its limit. */
    public static final String MARKER = "…[truncated]";

    /** Separates a cut identifier from {@link #HASH_CHARS} hex chars of the SHA-256 of the whole identifier. */
    public static final char HASH_SEPARATOR = '~';
    public static final int HASH_CHARS = 12;

    private BoundedText() {
    }

    /**
     * Free text at most {@code maxChars} long: control characters other than tab, line feed and carriage return
     * are removed, and a longer text keeps its beginning followed by {@link #MARKER}. Null stays null.
     */
    public static String cut(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        String clean = withoutControlCharacters(text);
        if (clean.length() <= maxChars) {
            return clean;
        }
        if (maxChars <= MARKER.length()) {
            return prefix(clean, maxChars);
        }
        return prefix(clean, maxChars - MARKER.length()) + MARKER;
    }

    /**
     * An identifier at most {@code maxChars} long: control, format (bidi overrides, zero-width) and separator
     * characters removed, Unicode letters kept (NFC, so that one name typed two ways is one identifier), leading and
     * trailing blanks stripped. When longer, its beginning followed by {@link #HASH_SEPARATOR} and a hash of the whole
     * cleaned value. Null stays null; a value of nothing but removed characters becomes empty.
     */
    public static String identifier(String value, int maxChars) {
        if (value == null) {
            return null;
        }
        String clean = cleanIdentifier(value);
        if (clean.length() <= maxChars) {
            return clean;
        }
        int suffix = HASH_CHARS + 1;
        if (maxChars <= suffix) {
            throw new IllegalArgumentException("An identifier needs room for its hash: " + maxChars);
        }
        return prefix(clean, maxChars - suffix).strip() + HASH_SEPARATOR + hash(clean);
    }

    /** Removes C0/C1 controls except tab, line feed and carriage return, and unpaired surrogates. */
    static String withoutControlCharacters(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || unpaired(text, i);
            if (drop && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static String cleanIdentifier(String value) {
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(BoundedText::allowedInIdentifier).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static boolean allowedInIdentifier(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    private static boolean unpaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** The first {@code chars} chars, one fewer when that would split a surrogate pair. */
    private static String prefix(String text, int chars) {
        int end = chars;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }
}
