package eventlings.lab03;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

public final class PostgresEventStore {

  // The SQLState PostgreSQL gives a duplicate key: here, another row already holds this stream_id and version.
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String INSERT_EVENT = """
      INSERT INTO events (stream_id, version, type, type_version, data, recorded_at)
      VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)""";

  private final DataSource dataSource;
  private final EventTypes types;
  private final Clock clock;

  public PostgresEventStore(DataSource dataSource, EventTypes types, Clock clock) {
    this.dataSource = dataSource;
    this.types = types;
    this.clock = clock;
  }

  // region append
  public void append(String stream, long expectedVersion, List<OrderEvent> events) {
    OffsetDateTime recordedAt = clock.instant().atOffset(ZoneOffset.UTC);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
        // A writer ahead of the stream would leave a gap no later append could fill: the version it read must
        // exist. Rows are never deleted, so what this query sees stays true until the commit.
        if (expectedVersion > 0 && !versionExists(connection, stream, expectedVersion)) {
          connection.rollback();
          throw new ConcurrencyConflict(stream, expectedVersion, currentVersion(connection, stream));
        }
        long version = expectedVersion;
        for (OrderEvent event : events) {
          version++;
          bind(insert, stream, version, types.serialize(event), recordedAt);
          // Queued, not sent: the rows of one append travel to the server together, in one round trip.
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException e) {
        rollbackKeeping(connection, e);
        // A failed batch is a BatchUpdateException carrying the SQLState of the row the server refused.
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
          // No version was read beforehand: the constraint decided, atomically, who was first.
          throw new ConcurrencyConflict(stream, expectedVersion, currentVersion(connection, stream));
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Appending to stream " + stream + " failed: " + e.getMessage(), e);
    }
  }
  // endregion append

  public List<OrderEvent> read(String stream) {
    return read(stream, 0);
  }

  public List<OrderEvent> read(String stream, long afterVersion) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement("""
             SELECT type, type_version, data FROM events
             WHERE stream_id = ? AND version > ?
             ORDER BY version""")) {
      select.setString(1, stream);
      select.setLong(2, afterVersion);
      try (ResultSet rows = select.executeQuery()) {
        List<OrderEvent> events = new ArrayList<>();
        while (rows.next()) {
          events.add(types.deserialize(serializedEvent(rows)));
        }
        return events;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading stream " + stream + " failed: " + e.getMessage(), e);
    }
  }

  public List<RecordedEvent> readAll(long afterPosition) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement("""
             SELECT position, stream_id, version, recorded_at, type, type_version, data FROM events
             WHERE position > ?
             ORDER BY position""")) {
      select.setLong(1, afterPosition);
      try (ResultSet rows = select.executeQuery()) {
        List<RecordedEvent> events = new ArrayList<>();
        while (rows.next()) {
          Instant recordedAt = rows.getObject("recorded_at", OffsetDateTime.class).toInstant();
          events.add(new RecordedEvent(rows.getLong("position"), rows.getString("stream_id"), rows.getLong("version"),
              recordedAt, types.deserialize(serializedEvent(rows))));
        }
        return events;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading all after position " + afterPosition + " failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement insert, String stream, long version, SerializedEvent event,
      OffsetDateTime recordedAt) throws SQLException {
    insert.setString(1, stream);
    insert.setLong(2, version);
    insert.setString(3, event.type());
    insert.setInt(4, event.typeVersion());
    insert.setString(5, event.data());
    insert.setObject(6, recordedAt);
  }

  private static SerializedEvent serializedEvent(ResultSet row) throws SQLException {
    return new SerializedEvent(row.getString("type"), row.getInt("type_version"), row.getString("data"));
  }

  private static boolean versionExists(Connection connection, String stream, long version) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT 1 FROM events WHERE stream_id = ? AND version = ?")) {
      select.setString(1, stream);
      select.setLong(2, version);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  // A rollback that fails as well must not hide why the append failed: its error travels along, suppressed.
  private static void rollbackKeeping(Connection connection, SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailed) {
      cause.addSuppressed(rollbackFailed);
    }
  }

  private static long currentVersion(Connection connection, String stream) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT coalesce(max(version), 0) FROM events WHERE stream_id = ?")) {
      select.setString(1, stream);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
