package eventlings.checkers.faults;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Connections of a process that dies right after its first commit: what that commit held stays in the database,
 * work not yet committed is rolled back, and every later call fails. A write in auto-commit mode is a commit too,
 * whichever JDBC call sends it ({@code executeQuery} of an {@code INSERT ... RETURNING} as well), and so is
 * {@code setAutoCommit(true)} on a connection with a transaction open.
 *
 * <p>Hand the learner's code {@code crash.dataSource()} instead of the real one, let it work until it "dies", then
 * start a fresh instance on the real data source and check what survived:
 *
 * <pre>{@code
 * ProcessCrash crash = ProcessCrash.afterFirstCommit(postgres.dataSource());
 * assertThatThrownBy(() -> new OrderProjection(crash.dataSource()).catchUp()).isInstanceOf(SQLException.class);
 * new OrderProjection(postgres.dataSource()).catchUp(); // the restarted process
 * }</pre>
 */
public final class ProcessCrash {

  private static final Set<String> STILL_ALLOWED = Set.of("close", "isClosed", "toString", "hashCode", "equals");
  private static final Pattern WRITING_SQL =
      Pattern.compile("\\b(INSERT|UPDATE|DELETE|MERGE|nextval|setval)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROW_LOCK =
      Pattern.compile("\\bFOR\\s+(NO\\s+KEY\\s+)?UPDATE\\b", Pattern.CASE_INSENSITIVE);

  private final DataSource database;
  private final boolean diesAtFirstCommit;
  private final String afterDeath;
  private final List<Connection> opened = new CopyOnWriteArrayList<>();
  private final Set<Connection> inTransaction = ConcurrentHashMap.newKeySet();
  private volatile boolean crashed;

  private ProcessCrash(DataSource database, boolean diesAtFirstCommit, String afterDeath) {
    this.database = database;
    this.diesAtFirstCommit = diesAtFirstCommit;
    this.afterDeath = afterDeath;
  }

  /** A process over {@code database} that dies right after its first commit. */
  public static ProcessCrash afterFirstCommit(DataSource database) {
    return new ProcessCrash(database, true, "the process crashed right after its first commit");
  }

  /**
   * A process over {@code database} that dies when {@link #crash()} is called, for the Kafka faults whose moment of
   * death is a broker's acknowledgement or an offset commit; later calls fail with {@code afterDeath}.
   */
  static ProcessCrash whenTold(DataSource database, String afterDeath) {
    return new ProcessCrash(database, false, afterDeath);
  }

  /** The data source to give the code under test: its connections die with the process. */
  public DataSource dataSource() {
    return (DataSource) proxy(DataSource.class, database, (method, arguments, result) -> {
      if (result instanceof Connection connection) {
        opened.add(connection);
        return proxy(Connection.class, connection,
            (called, calledWith, returned) -> afterConnectionCall(connection, called, calledWith, returned));
      }
      return result;
    });
  }

  private Object afterConnectionCall(Connection connection, Method method, Object[] arguments, Object result)
      throws SQLException {
    if (method.getName().equals("setAutoCommit")) {
      boolean autoCommit = (Boolean) arguments[0];
      // Switching auto-commit back on commits the transaction that was open: JDBC says so.
      if (autoCommit && inTransaction.remove(connection) && diesAtFirstCommit) {
        crash();
      } else if (!autoCommit) {
        inTransaction.add(connection);
      }
    }
    if (diesAtFirstCommit && method.getName().equals("commit")) {
      crash();
    }
    if (result instanceof Statement statement) {
      // A prepared statement's SQL comes with prepareStatement; a plain one's with each execute.
      String prepared = arguments != null && arguments.length > 0 && arguments[0] instanceof String sql ? sql : null;
      return proxy(method.getReturnType(), statement, (called, calledWith, returned) -> {
        String sql = calledWith != null && calledWith.length > 0 && calledWith[0] instanceof String text ? text : prepared;
        if (diesAtFirstCommit && writes(called, sql) && connection.getAutoCommit()) {
          crash();
        }
        return returned;
      });
    }
    return result;
  }

  // Any execute may write; a query only when its SQL says so (INSERT ... RETURNING, a SELECT of nextval, ...).
  private static boolean writes(Method called, String sql) {
    if (!called.getName().startsWith("execute")) {
      return false;
    }
    if (!called.getName().equals("executeQuery")) {
      return true;
    }
    // A row lock (SELECT ... FOR UPDATE) writes nothing: in auto-commit mode it is taken and let go at once.
    return sql != null && WRITING_SQL.matcher(ROW_LOCK.matcher(sql).replaceAll("")).find();
  }

  // A connection closed without a commit rolls its open transaction back, as when its process dies.
  void crash() throws SQLException {
    crashed = true;
    for (Connection connection : opened) {
      connection.close();
    }
  }

  private interface AfterCall {
    Object apply(Method method, Object[] arguments, Object result) throws SQLException;
  }

  private Object proxy(Class<?> type, Object target, AfterCall afterCall) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (crashed && !STILL_ALLOWED.contains(method.getName())) {
        throw new SQLException(afterDeath);
      }
      try {
        return afterCall.apply(method, arguments, method.invoke(target, arguments));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return Proxy.newProxyInstance(ProcessCrash.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
