package eventlings.checkers.postgres;

import java.sql.SQLException;

/**
 * An insert or update broke a unique constraint or primary key (SQLState {@code 23505}): the row is already there.
 * For an event store keyed by (stream, version) this is an optimistic concurrency conflict: another writer appended
 * that version first. See {@link SqlErrors#translate(SQLException)}.
 */
public final class UniqueViolationException extends RuntimeException {

  private final String constraint;

  UniqueViolationException(String constraint, SQLException cause) {
    super("Unique constraint " + constraint + " violated: " + cause.getMessage(), cause);
    this.constraint = constraint;
  }

  /** The name of the violated constraint, e.g. {@code events_pkey}, or {@code "(unknown)"}. */
  public String constraint() {
    return constraint;
  }
}
