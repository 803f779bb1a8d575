package io.beacon.gateway.webhook;

/**
 * One thing wrong with a webhook body, as an entry of the problem details' {@code errors} array.
 *
 * @param pointer where, as an RFC 6901 JSON pointer into the body, e.g. {@code /alerts/0/startsAt}
 * @param detail  what is wrong, for the person reading Alertmanager's logs
 */
public record Violation(String pointer, String detail) {

    /** The pointer to a property or array element below {@code parent}, escaped as RFC 6901 requires. */
    static String pointer(String parent, Object child) {
        String token = String.valueOf(child).replace("~", "~0").replace("/", "~1");
        return parent + "/" + token;
    }
}
