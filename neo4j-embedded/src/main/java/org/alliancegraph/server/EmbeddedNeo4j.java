package org.alliancegraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

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
 * URI is written to READY_FILE; the Python side waits for that file and then for a Bolt
 * handshake. SIGTERM (or SIGINT) shuts the database down cleanly through the shutdown hook,
 * so the store is checkpointed and never left needing recovery.
 */
public final class EmbeddedNeo4j {

    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedNeo4j HOME_DIR PORT READY_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path ready = Path.of(args[2]).toAbsolutePath();
        Files.deleteIfExists(ready);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        // Sized by ALLIANCE_LOCAL_PAGE_CACHE (checked on the Python side), not by Neo4j's
        // guess from the whole machine's memory.
        String pageCache = System.getProperty("alliance.pagecache", "");
        if (!pageCache.isBlank()) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache));
        }
        DatabaseManagementService dbms = builder
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

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
            } finally {
                try {
                    Files.deleteIfExists(ready);
                } catch (IOException ignored) {
                    // the file is advisory; the Python side also checks the process
                }
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        // Touch the default database so that it is fully started before we say "ready".
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
        Files.writeString(tmp, "bolt://127.0.0.1:" + port + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, ready, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Neo4j embedded ready on bolt://127.0.0.1:" + port);
        stopped.await();
    }
}
