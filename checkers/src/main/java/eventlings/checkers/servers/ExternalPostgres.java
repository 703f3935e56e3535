package eventlings.checkers.servers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** A PostgreSQL server someone else runs, named by {@code EVENTLINGS_JDBC_URL}. */
record ExternalPostgres(String jdbcUrl, String user, String password) implements PostgresServer {

  /** Checks that the database answers, so a wrong URL fails once with a clear message instead of in every goal. */
  static ExternalPostgres connect(String jdbcUrl, String user, String password) {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("connectTimeout", "5");
    try (Connection connection = DriverManager.getConnection(jdbcUrl, props)) {
      return new ExternalPostgres(jdbcUrl, user, password);
    } catch (SQLException e) {
      throw new IllegalStateException(Environment.JDBC_URL + "=" + Secrets.masked(jdbcUrl) + " (user " + user
          + ") but connecting failed: "
          + e.getMessage() + ". Is the database running (docker compose up -d), and are "
          + Environment.JDBC_USER + " and " + Environment.JDBC_PASSWORD + " right?"
          + " Unset the variable to use the embedded PostgreSQL.", e);
    }
  }

  @Override
  public String description() {
    return "external server at " + Secrets.masked(jdbcUrl) + " (" + Environment.JDBC_URL + ")";
  }

  @Override
  public boolean startedHere() {
    return false;
  }

  @Override
  public void close() {
    // Someone else runs it.
  }
}
