package io.beacon.platform.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who listens on a port, as far as {@code ss} can tell (best effort: a busy port is reported either way). */
final class PortOwner {

    private static final Pattern USERS = Pattern.compile("users:\\(\\((.*)\\)\\)");

    private PortOwner() {
    }

    static String of(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ss.waitFor(5, TimeUnit.SECONDS)) {
                Matcher m = USERS.matcher(out);
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (IOException e) {
            // no ss here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown process";
    }
}
