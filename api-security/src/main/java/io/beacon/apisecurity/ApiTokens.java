package io.beacon.apisecurity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's bearer tokens, parsed strictly from {@code subject:role:token,…} (env {@code BEACON_API_TOKENS}).
 *
 * <p>Only SHA-256 digests of the tokens are kept. A presented token is digested and compared with
 * {@link MessageDigest#isEqual} against every configured digest, without stopping at a match, so the time taken
 * tells an attacker neither how much of a token was right nor which entry it matched. Several tokens per subject
 * are allowed (rotation: add the new one, then withdraw the old).
 *
 * <p>Start-up fails on a malformed entry with a message naming its position only: an entry may hold a secret in
 * any of its parts when somebody got the order wrong, so no part of it is ever echoed.
 */
public final class ApiTokens {

    /** What {@code Authorization: Bearer} can carry (RFC 6750 b64token); Spring Security refuses anything else. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final Pattern SUBJECT = Pattern.compile("[^\\s:,]{1,255}");
    public static final String FORMAT = "subject:role:token with role one of responder, commander, manager";

    private final List<Entry> entries;

    private ApiTokens(List<Entry> entries) {
        this.entries = entries;
    }

    /** The tokens in {@code text}; none when it is null or blank. */
    public static ApiTokens parse(String text) {
        if (text == null || text.isBlank()) {
            return new ApiTokens(List.of());
        }
        String[] parts = text.split(",", -1);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            Entry entry = entry(parts[i].strip(), i + 1, parts.length);
            for (Entry earlier : entries) {
                if (MessageDigest.isEqual(earlier.digest, entry.digest)) {
                    throw new InvalidApiTokens("BEACON_API_TOKENS entries " + earlier.position + " and "
                            + entry.position + " have the same token: give every subject its own");
                }
            }
            entries.add(entry);
        }
        return new ApiTokens(List.copyOf(entries));
    }

    private static Entry entry(String text, int position, int count) {
        String where = "BEACON_API_TOKENS entry " + position + " of " + count;
        String[] fields = text.split(":", 3);
        if (fields.length != 3) {
            throw new InvalidApiTokens(where + " is not " + FORMAT);
        }
        String subject = fields[0].strip();
        if (!SUBJECT.matcher(subject).matches()) {
            throw new InvalidApiTokens(where + ": the subject must be 1 to 255 characters without spaces, ':' or ','");
        }
        ApiRole role = ApiRole.ofLabel(fields[1]);
        if (role == null) {
            throw new InvalidApiTokens(where + ": the role must be one of responder, commander, manager");
        }
        String token = fields[2].strip();
        if (!TOKEN.matcher(token).matches()) {
            throw new InvalidApiTokens(where + ": the token must be letters, digits and -._~+/ (then '=' padding)"
                    + " only, as a bearer token can carry nothing else");
        }
        return new Entry(position, new ApiCaller(subject, role), digest(token));
    }

    /** Who presents {@code token}, if anybody. */
    public Optional<ApiCaller> authenticate(String token) {
        if (token == null) {
            return Optional.empty();
        }
        byte[] presented = digest(token);
        ApiCaller match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest, presented)) {
                match = entry.caller;
            }
        }
        return Optional.ofNullable(match);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Never print the digests either. */
    @Override
    public String toString() {
        return "ApiTokens[" + entries.size() + " token(s)]";
    }

    private record Entry(int position, ApiCaller caller, byte[] digest) {
    }

    /** {@code beacon.api.tokens} can't be used; the message names the entry, never its content. */
    public static final class InvalidApiTokens extends IllegalStateException {
        InvalidApiTokens(String message) {
            super(message);
        }
    }
}
