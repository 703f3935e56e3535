// Nothing to build here: the write side's event store on PostgreSQL, a smaller cousin of lab 03's.
// Commands append events; readers such as the projection read them back in order, from a global position.
package eventlings.lab04.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

public final class EventStore {

  // position counts every event of the store from 1, in the order they were appended.
  public record RecordedEvent(long position, ShopEvent event) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  // Named by the record's simple name, which lab 03 warns against: a rename would orphan every stored row. This
  // store lives for one goal and is thrown away; a store that keeps its rows needs lab 03's registry of names.
  private static final Map<String, Class<? extends ShopEvent>> TYPES = Arrays
      .stream(ShopEvent.class.getPermittedSubclasses())
      .map(type -> type.asSubclass(ShopEvent.class))
      .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

  private final DataSource database;

  public EventStore(DataSource database) {
    this.database = database;
  }

  public void createTable() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("""
          CREATE TABLE IF NOT EXISTS events (
            position bigserial PRIMARY KEY,
            type text NOT NULL,
            data jsonb NOT NULL)""");
    }
  }

  // Appends the events in one transaction, at the next positions, in the order given.
  public void append(ShopEvent... events) throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement lock = connection.createStatement()) {
        // One writer at a time, so positions become visible in order: a reader that has seen position 7
        // must never find a 6 committed behind it later, or it would skip that event for good.
        lock.execute("LOCK TABLE events IN EXCLUSIVE MODE");
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO events (type, data) VALUES (?, ?::jsonb)")) {
        for (ShopEvent event : events) {
          insert.setString(1, event.getClass().getSimpleName());
          insert.setString(2, toJson(event));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }

  // At most `limit` events with a position after `position`, in order; none when the reader is caught up.
  public List<RecordedEvent> readAfter(long position, int limit) throws SQLException {
    try (Connection connection = database.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT position, type, data FROM events WHERE position > ? ORDER BY position LIMIT ?")) {
      select.setLong(1, position);
      select.setInt(2, limit);
      List<RecordedEvent> events = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ShopEvent event = fromJson(rows.getString("type"), rows.getString("data"));
          events.add(new RecordedEvent(rows.getLong("position"), event));
        }
      }
      return events;
    }
  }

  private static String toJson(ShopEvent event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ShopEvent fromJson(String type, String data) {
    try {
      return JSON.readValue(data, TYPES.get(type));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
