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
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Connections of a process that dies right after its first commit: what that commit held stays in the database,
 * work not yet committed is rolled back, and every later call fails. A write in auto-commit mode is a commit too.
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

  private final DataSource database;
  private final boolean diesAtFirstCommit;
  private final String afterDeath;
  private final List<Connection> opened = new CopyOnWriteArrayList<>();
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
    return (DataSource) proxy(DataSource.class, database, (method, result) -> {
      if (result instanceof Connection connection) {
        opened.add(connection);
        return proxy(Connection.class, connection,
            (called, returned) -> afterConnectionCall(connection, called, returned));
      }
      return result;
    });
  }

  private Object afterConnectionCall(Connection connection, Method method, Object result) throws SQLException {
    if (diesAtFirstCommit && method.getName().equals("commit")) {
      crash();
    }
    if (result instanceof Statement statement) {
      return proxy(method.getReturnType(), statement, (called, returned) -> {
        boolean wrote = called.getName().startsWith("execute") && !called.getName().equals("executeQuery");
        if (diesAtFirstCommit && wrote && connection.getAutoCommit()) {
          crash();
        }
        return returned;
      });
    }
    return result;
  }

  // A connection closed without a commit rolls its open transaction back, as when its process dies.
  void crash() throws SQLException {
    crashed = true;
    for (Connection connection : opened) {
      connection.close();
    }
  }

  private interface AfterCall {
    Object apply(Method method, Object result) throws SQLException;
  }

  private Object proxy(Class<?> type, Object target, AfterCall afterCall) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      if (crashed && !STILL_ALLOWED.contains(method.getName())) {
        throw new SQLException(afterDeath);
      }
      try {
        return afterCall.apply(method, method.invoke(target, arguments));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return Proxy.newProxyInstance(ProcessCrash.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
