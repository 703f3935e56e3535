package eventlings.checkers.postgres;

import eventlings.checkers.async.BackgroundWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Holds back every write to one table, but no read, until it is opened: code racing to write gets as far as its
 * write and waits there, in the database, so that a race a goal is about happens every time, not now and then.
 *
 * <pre>{@code
 * try (WriteGate gate = postgres.holdBackWritesTo("events")) {
 *   try (BackgroundWork a = BackgroundWork.start("server A", ...);
 *        BackgroundWork b = BackgroundWork.start("server B", ...)) {
 *     try {
 *       gate.awaitWaiting(a, 2, "the two appends", "append");
 *     } finally {
 *       gate.open(); // before the work is closed: closing waits for it to end
 *     }
 *     ...
 *   }
 * }
 * }</pre>
 */
public final class WriteGate implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(3);

  private final Postgres postgres;
  private final String table;
  private final Connection lock;
  private final int lockSession;

  WriteGate(Postgres postgres, String table) throws SQLException {
    this.postgres = postgres;
    this.table = table;
    this.lock = postgres.connection();
    try {
      lock.setAutoCommit(false);
      // SHARE mode conflicts with INSERT, UPDATE and DELETE, and with nothing that only reads.
      try (PreparedStatement statement = lock.prepareStatement("LOCK TABLE " + table + " IN SHARE MODE")) {
        statement.execute();
      }
      lockSession = backendOf(lock);
    } catch (SQLException e) {
      lock.close();
      throw e;
    }
  }

  /**
   * Waits until {@code sessions} sessions wait in the database, held back by this gate or behind a session it holds
   * back (a second writer waiting for the first one's row lock, say); fails the goal after 3 s, asking whether
   * {@code method} waits for something outside the database. Sessions waiting for other reasons do not count: the
   * server may be shared with an IDE or a room.
   */
  public void awaitWaiting(BackgroundWork work, int sessions, String writers, String method) {
    try {
      work.until(WAIT, () -> sessionsHeldBack() == sessions);
    } catch (AssertionError notAll) {
      throw new AssertionError("While the goal held back writes to " + table + ", " + writers + " did not all come"
          + " to wait in the database within " + WAIT.toSeconds() + " s: does " + method + " wait for something"
          + " outside it, such as a Java lock?", notAll);
    }
  }

  /** Lets every held-back write go through. */
  public void open() throws SQLException {
    lock.commit();
  }

  /** Opens the gate, if it is still closed, and lets go of its connection. */
  @Override
  public void close() throws SQLException {
    try (lock) {
      lock.commit();
    }
  }

  private int sessionsHeldBack() throws SQLException {
    try (Connection connection = postgres.connection();
         PreparedStatement select = connection.prepareStatement("""
             WITH behind_the_gate AS (
               SELECT pid FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid)))
             SELECT (SELECT count(*) FROM behind_the_gate)
                  + (SELECT count(*) FROM pg_stat_activity waiting
                     WHERE EXISTS (SELECT 1 FROM behind_the_gate WHERE pid = ANY (pg_blocking_pids(waiting.pid))))""")) {
      select.setInt(1, lockSession);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private static int backendOf(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT pg_backend_pid()");
         ResultSet row = select.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }
}
