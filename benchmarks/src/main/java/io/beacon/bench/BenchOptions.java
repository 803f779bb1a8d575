package io.beacon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The command line: {@code [--quick] [--database-url jdbc:postgresql://… [--database-user u]
 * [--database-password p]] [--root <checkout>]}. Without a URL, {@code BEACON_INCIDENT_DATABASE_*} from the
 * environment are used as {@code ./beacon run} reads them; without either, the embedded databases.
 */
record BenchOptions(Sizes sizes, Path root, Optional<Database> database) {

    /** incident-service's PostgreSQL, the database whose commit rate limits intake. */
    record Database(String url, String user, String password) {
    }

    static BenchOptions parse(String[] args, Map<String, String> env) {
        Sizes sizes = Sizes.full();
        Path root = Path.of("").toAbsolutePath();
        String url = env.get("BEACON_INCIDENT_DATABASE_URL");
        String user = env.get("BEACON_INCIDENT_DATABASE_USER");
        String password = env.get("BEACON_INCIDENT_DATABASE_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> sizes = Sizes.quick();
                case "--database-url" -> url = value(args, ++i);
                case "--database-user" -> user = value(args, ++i);
                case "--database-password" -> password = value(args, ++i);
                case "--root" -> root = Path.of(value(args, ++i)).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\nusage: java -jar "
                        + "benchmarks/target/benchmarks.jar [--quick] [--database-url jdbc:postgresql://host/db "
                        + "[--database-user u] [--database-password p]] [--root <checkout>]");
            }
        }
        if (!Files.isExecutable(root.resolve("beacon"))) {
            throw new IllegalArgumentException(root + " has no ./beacon: run from the checkout or pass --root");
        }
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--database-url must be a jdbc:postgresql: URL, was " + url);
        }
        Optional<Database> database = url == null ? Optional.empty()
                : Optional.of(new Database(url, orEmpty(user), orEmpty(password)));
        return new BenchOptions(sizes, root, database);
    }

    /**
     * Where the run's report goes, under {@code docs/}: {@code benchmarks} ({@code .md} and the plots' folder) for the
     * embedded default, {@code benchmarks-postgresql} on PostgreSQL, so that each keeps its own previous run.
     */
    String reportName() {
        return database.isPresent() ? "benchmarks-postgresql" : "benchmarks";
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
