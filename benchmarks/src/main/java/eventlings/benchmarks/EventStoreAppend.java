package eventlings.benchmarks;

import eventlings.benchmarks.SideBySide.Plan;
import eventlings.benchmarks.SideBySide.Result;
import eventlings.benchmarks.SideBySide.Variant;
import eventlings.lab03.EventTypes;
import eventlings.lab03.OrderEvent;
import eventlings.lab03.PostgresEventStore;
import eventlings.lab03.SerializedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Lab 03: {@link PostgresEventStore#append} of K events to a fresh stream, against a raw JDBC batch that inserts the
 * same rows (same table, same JSON, same timestamp) with one statement and one {@code executeBatch} in one
 * transaction. The difference is what the store does per event: turn it into JSON through the type registry.
 */
final class EventStoreAppend {

  // The store's own INSERT, so both variants write exactly the same rows.
  private static final String INSERT_EVENT = """
      INSERT INTO events (stream_id, version, type, type_version, data, recorded_at)
      VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?)""";
  private static final int EVENTS_PER_ROUND = 400;

  private final DataSource dataSource;
  private final PostgresEventStore store;
  private final EventTypes types;
  private final OffsetDateTime recordedAt;
  // Every call appends to a stream nobody wrote before, so each append starts at version 0 and succeeds.
  private long streamsCreated;

  EventStoreAppend(DataSource dataSource, EventTypes types, Clock clock) {
    this.dataSource = dataSource;
    this.types = types;
    this.store = new PostgresEventStore(dataSource, types, clock);
    this.recordedAt = clock.instant().atOffset(ZoneOffset.UTC);
  }

  Result compare(int eventsPerCall) throws Exception {
    List<OrderEvent> events = SampleOrders.events(eventsPerCall);
    // The raw batch gets its JSON ready-made: writing JSON is part of the store's price.
    List<SerializedEvent> serialized = events.stream().map(types::serialize).toList();
    requireSameRows(events, serialized);

    Variant viaStore = new Variant("store", () -> index -> store.append(nextStream(), 0, events));
    Variant rawBatch = new Variant("raw batch", () -> index -> insertBatch(nextStream(), serialized));
    Plan plan = new Plan(5, 31, Math.max(4, EVENTS_PER_ROUND / eventsPerCall));
    return SideBySide.compare("append " + Benchmarks.events(eventsPerCall), plan, viaStore, rawBatch);
  }

  /**
   * The same K events appended in one call, against K calls of one event each, every one its own transaction at
   * the next expected version: what a client pays that appends as the events come, instead of once per command.
   */
  Result compareWithOneEventPerCommit(int eventsPerCall) throws Exception {
    List<OrderEvent> events = SampleOrders.events(eventsPerCall);
    Variant oneAppend = new Variant("one append", () -> index -> store.append(nextStream(), 0, events));
    Variant onePerCommit = new Variant("one per commit", () -> index -> {
      String stream = nextStream();
      for (int version = 0; version < events.size(); version++) {
        store.append(stream, version, List.of(events.get(version)));
      }
    });
    Plan plan = new Plan(5, 31, Math.max(2, EVENTS_PER_ROUND / eventsPerCall / 4));
    return SideBySide.compare("append " + Benchmarks.events(eventsPerCall), plan, oneAppend, onePerCommit);
  }

  private String nextStream() {
    return "order-" + ++streamsCreated;
  }

  private void insertBatch(String stream, List<SerializedEvent> events) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
        long version = 0;
        for (SerializedEvent event : events) {
          insert.setString(1, stream);
          insert.setLong(2, ++version);
          insert.setString(3, event.type());
          insert.setInt(4, event.typeVersion());
          insert.setString(5, event.data());
          insert.setObject(6, recordedAt);
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      }
    }
  }

  /** A comparison is only fair if both variants do the same job: check once that they leave the same rows. */
  private void requireSameRows(List<OrderEvent> events, List<SerializedEvent> serialized) throws SQLException {
    String viaStore = nextStream();
    String viaBatch = nextStream();
    store.append(viaStore, 0, events);
    insertBatch(viaBatch, serialized);
    List<String> storeRows = rows(viaStore);
    if (storeRows.size() != events.size() || !storeRows.equals(rows(viaBatch))) {
      throw new IllegalStateException("The store and the raw batch wrote different rows: " + storeRows
          + " against " + rows(viaBatch));
    }
  }

  private List<String> rows(String stream) throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement("""
             SELECT version, type, type_version, data, recorded_at FROM events
             WHERE stream_id = ? ORDER BY version""")) {
      select.setString(1, stream);
      try (ResultSet row = select.executeQuery()) {
        List<String> rows = new ArrayList<>();
        while (row.next()) {
          rows.add(row.getLong(1) + " " + row.getString(2) + " v" + row.getInt(3) + " " + row.getString(4)
              + " " + row.getObject(5, OffsetDateTime.class));
        }
        return rows;
      }
    }
  }
}
