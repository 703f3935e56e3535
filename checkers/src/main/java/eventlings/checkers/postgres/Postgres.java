package eventlings.checkers.postgres;

import eventlings.checkers.faults.TcpProxy;
import eventlings.checkers.servers.PostgresServer;
import eventlings.checkers.timeline.TableTrace;
import eventlings.checkers.timeline.Timeline;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database of a test class: a schema of its own, fresh for the class and dropped after it, and
 * connections whose {@code search_path} points at it, so {@code CREATE TABLE events (...)} lands there. Received as
 * a parameter in any test class annotated with {@link WithPostgres}:
 *
 * <pre>{@code
 * @WithPostgres
 * class EventStoreTest {
 *   @Test
 *   void appends_an_event(Postgres postgres) {
 *     postgres.execute("CREATE TABLE events (stream_id text, version int, PRIMARY KEY (stream_id, version))");
 *     EventStore store = new EventStore(postgres.dataSource());
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class Postgres {

  private static final int CONNECT_TIMEOUT_SECONDS = 5;
  /** How long the kit's own statements wait for a lock: a goal's setup must never wait for ever. */
  static final String KIT_LOCK_TIMEOUT = "3s";
  /** How long the kit's own statements may run at all. */
  static final String KIT_STATEMENT_TIMEOUT = "15s";
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  private final PostgresServer server;
  private final String schema;
  private final DataSource dataSource;
  private final TableTrace tables;
  private final List<TcpProxy> proxies = new ArrayList<>();

  Postgres(PostgresServer server, String schema, Timeline timeline) {
    this.server = server;
    this.schema = schema;
    this.dataSource = dataSource(server.jdbcUrl());
    this.tables = timeline.followTables(dataSource, schema);
  }

  /** Creates a fresh schema named after the test class, e.g. {@code eventstoretest_3f9a2c1e}. */
  static Postgres forTestClass(PostgresServer server, Class<?> testClass, Timeline timeline) {
    String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    String schema = base.substring(0, Math.min(base.length(), 40)) + "_" + UUID.randomUUID().toString().substring(0, 8);
    Postgres postgres = new Postgres(server, schema, timeline);
    try (Connection connection = postgres.kitConnection(postgres.adminDataSource());
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on " + server.description() + ": "
          + e.getMessage() + " (the user needs the CREATE privilege on the database)", e);
    }
    return postgres;
  }

  /** Connections to this test class's schema; each {@code getConnection()} opens a new one. */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * Holds back every write to {@code table} of this schema, but no read, until the gate is opened or closed: see
   * {@link WriteGate}.
   */
  public WriteGate holdBackWritesTo(String table) throws SQLException {
    return new WriteGate(this, table);
  }

  /** Opens a new connection to this test class's schema; close it when done (try-with-resources). */
  public Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** The JDBC URL of this test class's schema, for code that connects by URL, with {@link #user()} and {@link #password()}. */
  public String jdbcUrl() {
    return server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  public String user() {
    return server.user();
  }

  public String password() {
    return server.password();
  }

  /** The name of this test class's schema. */
  public String schema() {
    return schema;
  }

  /**
   * Runs SQL in this test class's schema, typically to create tables before a test; several statements may be
   * separated by semicolons. It waits for a lock at most a few seconds: a transaction some code left open fails
   * the goal with a message saying so, instead of hanging the run.
   */
  public void execute(String sql) {
    try (Connection connection = kitConnection(dataSource); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
        throw new IllegalStateException("The kit waited " + KIT_LOCK_TIMEOUT + " for a lock to run " + firstLine(sql)
            + ": a transaction was left open, most likely by code of an earlier goal that caught an SQLException"
            + " without rolling back, or kept a connection without closing it. Close every connection"
            + " (try-with-resources) and roll back on failure.", e);
      }
      throw new IllegalStateException("SQL failed: " + e.getMessage() + "\n" + sql, e);
    }
  }

  /** A connection whose statements give up on a lock, or a query, after a short while. */
  private Connection kitConnection(DataSource source) throws SQLException {
    Connection connection = source.getConnection();
    try (Statement limits = connection.createStatement()) {
      limits.execute("SET lock_timeout = '" + KIT_LOCK_TIMEOUT + "'; SET statement_timeout = '" + KIT_STATEMENT_TIMEOUT + "'");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  private static String firstLine(String sql) {
    return sql.strip().lines().findFirst().orElse("");
  }

  /**
   * Puts the rows of {@code table} on the message timeline: when a goal fails, each committed insert, update and
   * delete of the table since the goal began shows as a line, the row named by its {@code idColumn}, such as
   * {@code db  outbox row 17 inserted (order-42, OrderPlaced)  tx 881}. Call it after creating the table:
   *
   * <pre>{@code
   * postgres.execute("CREATE TABLE outbox (id bigserial PRIMARY KEY, aggregate_id text, type text, sent_at timestamptz)");
   * postgres.trace("outbox", "id");
   * }</pre>
   *
   * A trigger copies the changes into the table {@code eventlings_trace} of the class's schema, in the same
   * transaction: changes rolled back leave no line.
   */
  public void trace(String table, String idColumn) {
    tables.follow(table, idColumn);
  }

  /** Starts a {@link TcpProxy} to the database server; it is closed after the test class. */
  public TcpProxy proxy() {
    URI address = URI.create(server.jdbcUrl().substring("jdbc:".length()));
    TcpProxy proxy = TcpProxy.to(address.getHost(), address.getPort() == -1 ? 5432 : address.getPort());
    synchronized (proxies) {
      proxies.add(proxy);
    }
    return proxy;
  }

  /** Connections to this test class's schema that go through {@code proxy}, so a test can cut them. */
  public DataSource dataSourceThrough(TcpProxy proxy) {
    PGSimpleDataSource through = dataSource(server.jdbcUrl());
    through.setServerNames(new String[] {proxy.host()});
    through.setPortNumbers(new int[] {proxy.port()});
    return through;
  }

  /**
   * Stops the database server, keeping its port and data: open connections break and new ones are refused until
   * {@link #startServer()} (it is also started again after the test, should a test forget). Only the embedded
   * server can be stopped: on other servers the test is skipped.
   */
  public void stopServer() {
    assumeRestartable();
    server.stop();
  }

  /** Starts the server stopped by {@link #stopServer()} on the same port with the same data. */
  public void startServer() {
    assumeRestartable();
    server.start();
  }

  /** After each test: a test that stopped the server and failed before starting it must not break the next one. */
  void ensureServerRunning() {
    server.ensureRunning();
  }

  private void assumeRestartable() {
    Assumptions.assumeTrue(server.canRestart(),
        "Skipped: only the embedded PostgreSQL can be stopped and started by a test, and this one is the "
            + server.description());
  }

  private PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource source = adminDataSource(url);
    source.setCurrentSchema(schema);
    return source;
  }

  private PGSimpleDataSource adminDataSource() {
    return adminDataSource(server.jdbcUrl());
  }

  private PGSimpleDataSource adminDataSource(String url) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url);
    source.setUser(server.user());
    source.setPassword(server.password());
    source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    return source;
  }

  /** Called after the test class: closes its proxies and drops its schema. */
  void close() {
    synchronized (proxies) {
      proxies.forEach(TcpProxy::close);
    }
    try (Connection connection = kitConnection(adminDataSource());
         Statement statement = connection.createStatement()) {
      // A connection the test left open in a transaction would block the drop: give up rather than hang.
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // The schema stays behind; its name is unique, so no later test meets it.
    }
  }
}
