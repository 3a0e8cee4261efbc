package org.roadmapexplorer.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j Community server with Bolt on 127.0.0.1 until SIGTERM/SIGINT.
 *
 * <p>stdout carries exactly one protocol line for the parent process: {@code READY bolt://host:port}
 * once the default database is available, or {@code FAILED <reason>} (exit code 1). Neo4j's own
 * logs go to files under {@code <home>/logs/}.
 *
 * <p>Benchmarks only: when the environment variable {@code ROADMAP_BENCH_IMPORT_DIR} names a
 * folder, {@code LOAD CSV} may read {@code file:///} URLs from that folder (bench/ compares the
 * ingest with Neo4j's own LOAD CSV). Unset, file URLs stay refused, as everywhere else.
 */
public final class Launcher {
    /** Loopback only: authentication is off, so nothing but this machine may reach the port. */
    private static final String HOST = "127.0.0.1";

    /** Opt-in for the LOAD CSV baseline of the ingest benchmark; never set by the app or tests. */
    static final String BENCH_IMPORT_DIR_VARIABLE = "ROADMAP_BENCH_IMPORT_DIR";

    private Launcher() {}

    public static void main(String[] args) {
        // Neo4j and its libraries occasionally print to stdout; keep stdout for the protocol line only.
        PrintStream protocol = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args);
        } catch (IllegalArgumentException e) {
            protocol.println("FAILED " + e.getMessage());
            System.err.println(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }

        DatabaseManagementService service;
        OutputStream userLog;
        try {
            Path home = options.home().toAbsolutePath().normalize();
            Path logs = home.resolve("logs");
            Files.createDirectories(logs);
            Files.createDirectories(home.resolve("import"));
            userLog = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
            service = build(home, options, new Log4jLogProvider(userLog));
        } catch (Throwable e) {
            protocol.println("FAILED " + describe(e));
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                System.err.println("Shutting down Neo4j ...");
                service.shutdown();
                closeQuietly(userLog);
                System.err.println("Neo4j stopped.");
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-shutdown"));

        try {
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
                protocol.println("FAILED the default database did not become available within 120 s");
                System.exit(1);
                return;
            }
        } catch (Throwable e) {
            protocol.println("FAILED " + describe(e));
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        protocol.println("READY bolt://" + HOST + ":" + options.port() + " neo4j/" + Version.getNeo4jVersion());

        if (options.exitOnStdinEof()) {
            // The parent holds our stdin open; when it dies (test runner crash) we stop as well,
            // so no orphaned server keeps a port and a store lock.
            Thread watcher = new Thread(() -> {
                waitForEof(System.in);
                System.exit(0); // runs the shutdown hook
            }, "stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }
        // Neo4j's own threads are non-daemon and keep the JVM alive until shutdown.
    }

    private static DatabaseManagementService build(Path home, LauncherOptions options, Log4jLogProvider userLogProvider) {
        String benchImport = System.getenv(BENCH_IMPORT_DIR_VARIABLE);
        boolean csvFiles = benchImport != null && !benchImport.isBlank();
        Path importRoot = csvFiles ? Path.of(benchImport).toAbsolutePath().normalize() : home.resolve("import");
        if (csvFiles) {
            System.err.println("WARNING: " + BENCH_IMPORT_DIR_VARIABLE + " is set: LOAD CSV may read files under " + importRoot + " (benchmarks only)");
        }
        return new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(userLogProvider)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, options.port()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, options.port()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                // Loopback only, see HOST. Drivers may still send basic auth; it is accepted and ignored.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Second wall behind the app's console checks: no LOAD CSV from local files
                // (unless a benchmark opted in, see BENCH_IMPORT_DIR_VARIABLE).
                .setConfig(GraphDatabaseSettings.allow_file_urls, csvFiles)
                // Left at its embedded default this is the home folder itself; an empty folder keeps
                // file URLs harmless even if someone turns allow_file_urls back on.
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importRoot)
                .setConfig(GraphDatabaseSettings.transaction_timeout, options.txTimeout())
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, options.txMemoryMax())
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, options.txMemoryTotal())
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCache())
                // No phone-home from developer machines and CI.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits a 5 s quiet period per event-loop group on shutdown (about 10 s in all);
                // the stores are checkpointed before that, so a 1 s quiet period loses nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 1)
                .build();
    }

    private static void waitForEof(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // ignore input; only the end of the stream matters
            }
        } catch (IOException ignored) {
            // a broken pipe means the parent is gone too
        }
    }

    /** The message chain of an exception, so that "address in use" surfaces from deep causes. */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) >= 0) continue;
            if (text.length() > 0) text.append(" <- ");
            text.append(message);
        }
        return text.toString().replace('\n', ' ');
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // nothing useful to do at shutdown
        }
    }

    /** Command-line options; sizes use Neo4j's syntax (512m, 1g), durations too (60s). */
    record LauncherOptions(
            int port,
            Path home,
            Duration txTimeout,
            long txMemoryMax,
            long txMemoryTotal,
            long pageCache,
            boolean exitOnStdinEof) {

        static final String USAGE = "usage: Launcher --port N --home DIR [--tx-timeout 60s] [--tx-memory-max 512m]"
                + " [--tx-memory-total 768m] [--pagecache 256m] [--exit-on-stdin-eof]";

        static LauncherOptions parse(String[] args) {
            Integer port = null;
            Path home = null;
            String txTimeout = "60s";
            String txMemoryMax = "512m";
            String txMemoryTotal = "768m";
            String pageCache = "256m";
            boolean exitOnStdinEof = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--port" -> port = parsePort(value(args, ++i, arg));
                    case "--home" -> home = Path.of(value(args, ++i, arg));
                    case "--tx-timeout" -> txTimeout = value(args, ++i, arg);
                    case "--tx-memory-max" -> txMemoryMax = value(args, ++i, arg);
                    case "--tx-memory-total" -> txMemoryTotal = value(args, ++i, arg);
                    case "--pagecache" -> pageCache = value(args, ++i, arg);
                    case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
            if (port == null) throw new IllegalArgumentException("--port is required");
            if (home == null) throw new IllegalArgumentException("--home is required");
            return new LauncherOptions(
                    port,
                    home,
                    SettingValueParsers.DURATION.parse(txTimeout),
                    SettingValueParsers.BYTES.parse(txMemoryMax),
                    SettingValueParsers.BYTES.parse(txMemoryTotal),
                    SettingValueParsers.BYTES.parse(pageCache),
                    exitOnStdinEof);
        }

        private static String value(String[] args, int index, String name) {
            if (index >= args.length) throw new IllegalArgumentException(name + " needs a value");
            return args[index];
        }

        private static int parsePort(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) throw new NumberFormatException();
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be 1..65535, got " + text);
            }
        }
    }
}
