package eventlings.checkers.postgres;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads PostgreSQL errors by their SQLState, the stable code a database gives each kind of error, rather than by
 * message text, which changes with the server's language and version.
 *
 * <pre>{@code
 * try {
 *   insert.executeUpdate();
 * } catch (SQLException e) {
 *   throw SqlErrors.translate(e); // UniqueViolationException for a duplicate key
 * }
 * }</pre>
 */
public final class SqlErrors {

  /** SQLState of a duplicate key: a unique constraint or primary key would be broken. */
  public static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

  /** True when {@code e}, or an exception chained to it (as in a batch), is a unique violation. */
  public static boolean isUniqueViolation(SQLException e) {
    return uniqueViolation(e) != null;
  }

  /**
   * An unchecked exception for {@code e}: a {@link UniqueViolationException} for a duplicate key, otherwise an
   * {@link IllegalStateException} carrying the SQLState and message.
   */
  public static RuntimeException translate(SQLException e) {
    SQLException duplicate = uniqueViolation(e);
    if (duplicate != null) {
      return new UniqueViolationException(constraintOf(duplicate), duplicate);
    }
    return new IllegalStateException("SQL failed (SQLState " + e.getSQLState() + "): " + e.getMessage(), e);
  }

  private static SQLException uniqueViolation(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return next;
      }
    }
    return null;
  }

  private static String constraintOf(SQLException e) {
    if (e instanceof PSQLException psql) {
      ServerErrorMessage server = psql.getServerErrorMessage();
      if (server != null && server.getConstraint() != null) {
        return server.getConstraint();
      }
    }
    return "(unknown)";
  }
}
