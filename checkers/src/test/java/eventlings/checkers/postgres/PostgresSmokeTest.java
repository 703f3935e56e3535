package eventlings.checkers.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.faults.ProcessCrash;
import eventlings.checkers.faults.TcpProxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class PostgresSmokeTest {

  private final Postgres postgres;

  PostgresSmokeTest(Postgres postgres) {
    this.postgres = postgres;
  }

  @BeforeEach
  void create_tables() {
    postgres.execute("""
        DROP TABLE IF EXISTS events, jobs;
        CREATE TABLE events (stream_id text, version int, payload text, PRIMARY KEY (stream_id, version));
        CREATE TABLE jobs (id int PRIMARY KEY);
        INSERT INTO jobs VALUES (1), (2);
        """);
  }

  @Test
  @DisplayName("A transaction left open fails the kit's setup within seconds, saying so, and the server ends it soon")
  void a_transaction_left_open_fails_the_setup_fast_and_is_ended_by_the_server() throws SQLException {
    try (Connection forgotten = postgres.connection()) {
      // What a learner's append does when it catches the unique violation and neither rolls back nor closes.
      forgotten.setAutoCommit(false);
      forgotten.createStatement().execute("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE");
      long started = System.nanoTime();

      assertThatThrownBy(() -> postgres.execute("DROP TABLE jobs"))
          .hasMessageContaining("a transaction was left open");
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(8));

      // The kit's embedded server, its container and the docker compose one end such a session; a server of
      // someone else's may not.
      org.junit.jupiter.api.Assumptions.assumeFalse(
          queryInt(postgres.dataSource(), "SELECT CASE WHEN current_setting('idle_in_transaction_session_timeout') IN ('0', '0ms') THEN 1 ELSE 0 END") == 1,
          "this server keeps transactions left idle open");

      org.awaitility.Awaitility.await("the server to end the idle transaction").atMost(java.time.Duration.ofSeconds(12))
          .pollInterval(java.time.Duration.ofMillis(200))
          .ignoreExceptions()
          .untilAsserted(() -> postgres.execute("DROP TABLE jobs"));
    }
  }

  @Test
  @DisplayName("Connections work in the test class's own schema")
  void connections_use_the_class_schema() throws SQLException {
    assertThat(postgres.schema()).startsWith("postgressmoketest_");
    assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        .isEqualTo(2);
    try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
         ResultSet schema = connection.createStatement().executeQuery("SELECT current_schema()")) {
      schema.next();
      assertThat(schema.getString(1)).isEqualTo(postgres.schema());
    }
  }

  @Test
  @DisplayName("A crashed process keeps its first commit, loses its open work, and fails every later call")
  void a_process_crash_after_the_first_commit() throws SQLException {
    ProcessCrash crash = ProcessCrash.afterFirstCommit(postgres.dataSource());
    DataSource dying = crash.dataSource();
    try (Connection open = dying.getConnection(); Connection committing = dying.getConnection()) {
      open.setAutoCommit(false);
      append(open, "order-2", 1);
      committing.setAutoCommit(false);
      append(committing, "order-1", 1);
      committing.commit();

      assertThatThrownBy(() -> append(committing, "order-1", 2)).isInstanceOf(SQLException.class)
          .hasMessageContaining("crashed");
    }

    assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM events WHERE stream_id = 'order-1'")).isEqualTo(1);
    assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM events WHERE stream_id = 'order-2'")).isZero();
  }

  @Test
  @DisplayName("A committed transaction is seen by others, a rolled back one is not")
  void commit_and_rollback() throws SQLException {
    try (Connection connection = postgres.connection()) {
      connection.setAutoCommit(false);
      append(connection, "order-1", 1);
      connection.rollback();
      append(connection, "order-1", 2);
      connection.commit();
    }

    assertThat(queryInt(postgres.dataSource(), "SELECT version FROM events")).isEqualTo(2);
    assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM events")).isEqualTo(1);
  }

  @Test
  @DisplayName("A duplicate key reads as a UniqueViolationException naming the constraint")
  void unique_violation_is_translated() throws SQLException {
    try (Connection connection = postgres.connection()) {
      append(connection, "order-1", 1);

      assertThatThrownBy(() -> {
        try {
          append(connection, "order-1", 1);
        } catch (SQLException e) {
          assertThat(SqlErrors.isUniqueViolation(e)).isTrue();
          throw SqlErrors.translate(e);
        }
      }).isInstanceOfSatisfying(UniqueViolationException.class,
          e -> assertThat(e.constraint()).isEqualTo("events_pkey"));
    }
  }

  @Test
  @DisplayName("SELECT ... FOR UPDATE SKIP LOCKED gives two workers different rows")
  void skip_locked_gives_different_rows() throws SQLException {
    String claim = "SELECT id FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED";
    try (Connection first = postgres.connection(); Connection second = postgres.connection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);

      int firstJob = queryInt(first, claim);
      int secondJob = queryInt(second, claim);

      assertThat(firstJob).isEqualTo(1);
      assertThat(secondJob).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("A connection cut by the proxy fails; the next one works")
  void proxy_cuts_connections() throws SQLException {
    TcpProxy proxy = postgres.proxy();
    DataSource throughProxy = postgres.dataSourceThrough(proxy);
    try (Connection connection = throughProxy.getConnection()) {
      assertThat(queryInt(connection, "SELECT 1")).isEqualTo(1);

      proxy.cutConnections();

      assertThatThrownBy(() -> queryInt(connection, "SELECT 1"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).startsWith("08"));
    }
    assertThat(queryInt(throughProxy, "SELECT count(*) FROM jobs")).isEqualTo(2);
  }

  @Test
  @DisplayName("The server stopped and started again keeps its data; connections fail in between")
  void server_restart_keeps_data() throws SQLException {
    try (Connection before = postgres.connection()) {
      postgres.stopServer();

      assertThatThrownBy(() -> queryInt(before, "SELECT 1")).isInstanceOf(SQLException.class);
      assertThatThrownBy(postgres::connection).isInstanceOf(SQLException.class);
    }
    postgres.startServer();

    assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM jobs")).isEqualTo(2);
  }

  private static void append(Connection connection, String stream, int version) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO events VALUES (?, ?, '{}')")) {
      insert.setString(1, stream);
      insert.setInt(2, version);
      insert.executeUpdate();
    }
  }

  @Test
  @DisplayName("A write gate holds back writes to its table, and no read, until it is opened")
  void a_write_gate_holds_back_writes_until_it_is_opened() throws Exception {
    try (WriteGate gate = postgres.holdBackWritesTo("jobs")) {
      assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM jobs")).as("a read through the gate").isEqualTo(2);
      try (BackgroundWork writers = BackgroundWork.start("two writers", () -> {
        try (Connection first = postgres.connection(); Connection second = postgres.connection()) {
          Thread secondWriter = Thread.ofVirtual().start(() -> insertJob(second, 4));
          insertJob(first, 3);
          secondWriter.join();
        }
      })) {
        try {
          gate.awaitWaiting(writers, 2, "the two writers", "insert");
          assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM jobs")).as("rows while held back").isEqualTo(2);
        } finally {
          gate.open();
        }
        writers.until(() -> !writers.isRunning());
      }
    }
    assertThat(queryInt(postgres.dataSource(), "SELECT count(*) FROM jobs")).as("rows once the gate opened").isEqualTo(4);
  }

  private static void insertJob(Connection connection, int id) {
    try (Statement insert = connection.createStatement()) {
      insert.executeUpdate("INSERT INTO jobs VALUES (" + id + ")");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int queryInt(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return queryInt(connection, sql);
    }
  }

  private static int queryInt(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getInt(1);
    }
  }
}
