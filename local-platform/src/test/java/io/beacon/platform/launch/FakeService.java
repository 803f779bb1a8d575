package io.beacon.platform.launch;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A stand-in for a service's executable jar, built at test time, that starts in a fraction of a second and behaves
 * the way the start-up cache needs a Spring Boot jar to: {@code -Djarmode=tools ... extract --destination DIR}
 * copies the jar there, {@code -Dspring.context.exit=onRefresh} ends the run after "refreshing" (and notes the
 * {@code DATABASE_URL} it got in {@code FAKE_RECORD}), otherwise it answers {@code /actuator/health/readiness} UP on
 * {@code SERVER_PORT}.
 */
final class FakeService {

    private static final String SOURCE = """
            import com.sun.net.httpserver.HttpServer;
            import java.net.InetSocketAddress;
            import java.nio.file.*;

            public class Main {
                public static void main(String[] args) throws Exception {
                    Path self = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                    if ("tools".equals(System.getProperty("jarmode"))) {
                        Path destination = Path.of(args[2]);
                        Files.createDirectories(destination);
                        Files.copy(self, destination.resolve(self.getFileName()));
                        return;
                    }
                    // load a little more than a hello world, so that the cache holds something of the app's own
                    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1",
                            Integer.parseInt(System.getenv("SERVER_PORT"))), 0);
                    if ("onRefresh".equals(System.getProperty("spring.context.exit"))) {
                        String record = System.getenv("FAKE_RECORD");
                        if (record != null) {
                            Files.writeString(Path.of(record), String.valueOf(System.getenv("DATABASE_URL")));
                        }
                        server.stop(0);
                        return;
                    }
                    server.createContext("/actuator/health/readiness", exchange -> {
                        byte[] body = "{\\"status\\":\\"UP\\"}".getBytes();
                        exchange.sendResponseHeaders(200, body.length);
                        exchange.getResponseBody().write(body);
                        exchange.close();
                    });
                    server.start();
                }
            }
            """;

    private FakeService() {
    }

    /** Builds {@code <root>/<module>/target/<module>.jar}, the place the launcher keeps a service's jar. */
    static Path jar(Path root, String module) throws IOException {
        Path sources = Files.createDirectories(root.resolve("fake-src"));
        Files.writeString(sources.resolve("Main.java"), SOURCE);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                "-d", sources.toString(), sources.resolve("Main.java").toString());
        if (compiled != 0) {
            throw new IllegalStateException("the fake service did not compile");
        }
        Path jar = Files.createDirectories(root.resolve(module).resolve("target")).resolve(module + ".jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Main.class"));
            out.write(Files.readAllBytes(sources.resolve("Main.class")));
            out.closeEntry();
        }
        return jar;
    }
}
