// The tables of the event store, in SQL. Step 1: the events table, and running the SQL.
// Step 6: the snapshots table.
package eventlings.lab03;

import javax.sql.DataSource;

public final class EventStoreSchema {

  // TODO(step 1): the columns of the events table, as README step 1 lists them, and the one rule that makes a
  //  second event at the same version of a stream impossible.
  // TODO(step 6): a second table, snapshots: one row per stream, with the version and the state as JSON.
  static final String TABLES = """
      CREATE TABLE events (
      );
      """;

  private EventStoreSchema() {}

  public static void create(DataSource dataSource) {
    // TODO(step 1): run TABLES on a connection of dataSource, through a PreparedStatement.
    throw new UnsupportedOperationException("TODO(step 1): create the events table");
  }
}
