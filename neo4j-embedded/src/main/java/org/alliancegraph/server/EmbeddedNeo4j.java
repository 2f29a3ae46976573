package org.alliancegraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to loopback.
 *
 * <p>Usage: {@code EmbeddedNeo4j HOME_DIR PORT READY_FILE}. Once Bolt accepts connections the
 * URI is written to READY_FILE (its second line, {@code swap}, says that this server takes
 * swaps); the Python side waits for that file and then for a Bolt handshake. SIGTERM (or
 * SIGINT) shuts the database down cleanly through the shutdown hook, so the store is
 * checkpointed and never left needing recovery.
 *
 * <p>A swap (the offline importer putting a new store in place): while READY_FILE.pause
 * exists, the database is shut down and READY_FILE.paused says so; once the pause file is
 * removed, the database starts again over whatever store is then in HOME_DIR, in this same
 * JVM. A new JVM would spend far longer loading and compiling Neo4j than Neo4j spends
 * starting (docs/loading.md).
 */
public final class EmbeddedNeo4j {

    private static final long POLL_MS = 50;

    private final Path home;
    private final int port;
    private final Path ready;
    private final Object lock = new Object();
    private DatabaseManagementService dbms; // guarded by lock; null while paused or stopped
    private boolean exiting; // guarded by lock

    private EmbeddedNeo4j(Path home, int port, Path ready) {
        this.home = home;
        this.port = port;
        this.ready = ready;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedNeo4j HOME_DIR PORT READY_FILE");
            System.exit(2);
        }
        new EmbeddedNeo4j(Path.of(args[0]).toAbsolutePath(), Integer.parseInt(args[1]),
                          Path.of(args[2]).toAbsolutePath()).run();
    }

    private void run() throws IOException, InterruptedException {
        Path pause = sibling(".pause");
        Path paused = sibling(".paused");
        Files.deleteIfExists(ready);
        Files.deleteIfExists(pause);
        Files.deleteIfExists(paused);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                synchronized (lock) {
                    exiting = true;
                    if (dbms != null) {
                        dbms.shutdown();
                        dbms = null;
                    }
                }
            } finally {
                try {
                    Files.deleteIfExists(ready);
                } catch (IOException ignored) {
                    // the file is advisory; the Python side also checks the process
                }
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        synchronized (lock) {
            dbms = open();
        }
        announce();
        while (!stopped.await(POLL_MS, TimeUnit.MILLISECONDS)) {
            if (!Files.exists(pause)) {
                continue;
            }
            synchronized (lock) {
                if (exiting) {
                    break;
                }
                Files.deleteIfExists(ready);
                dbms.shutdown();
                dbms = null;
            }
            Files.writeString(paused, "paused\n", StandardCharsets.UTF_8);
            System.out.println("Neo4j embedded paused for a swap of its store");
            while (Files.exists(pause)) {
                if (stopped.await(POLL_MS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
            Files.deleteIfExists(paused);
            synchronized (lock) {
                if (exiting) {
                    break;
                }
                dbms = open();
            }
            announce();
        }
        stopped.await();
    }

    private Path sibling(String suffix) {
        return ready.resolveSibling(ready.getFileName() + suffix);
    }

    private DatabaseManagementService open() {
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // Sized by ALLIANCE_LOCAL_PAGE_CACHE (checked on the Python side), not by Neo4j's
        // guess from the whole machine's memory.
        String pageCache = System.getProperty("alliance.pagecache", "");
        if (!pageCache.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
        }
        DatabaseManagementService started = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only, for one developer: no password to leak or forget.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // Check timeouts often, so that a client's per-query timeout is kept to the
                // tenth of a second rather than to the default two seconds.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval,
                           Duration.ofMillis(100))
                .build();
        // Touch the default database so that it is fully started before we say "ready".
        started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
               .executeTransactionally("RETURN 1");
        return started;
    }

    private void announce() throws IOException {
        Path tmp = sibling(".tmp");
        Files.writeString(tmp, "bolt://127.0.0.1:" + port + "\nswap\n", StandardCharsets.UTF_8);
        Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Neo4j embedded ready on bolt://127.0.0.1:" + port);
    }
}
