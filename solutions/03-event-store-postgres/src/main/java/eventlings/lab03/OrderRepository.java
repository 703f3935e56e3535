package eventlings.lab03;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

public final class OrderRepository {

  private static final Logger LOG = System.getLogger(OrderRepository.class.getName());

  private final DataSource dataSource;
  private final PostgresEventStore events;
  private final int snapshotEvery;
  private final ObjectMapper json = new ObjectMapper();

  public OrderRepository(DataSource dataSource, PostgresEventStore events, int snapshotEvery) {
    this.dataSource = dataSource;
    this.events = events;
    this.snapshotEvery = snapshotEvery;
  }

  public static String streamOf(String orderId) {
    return "order-" + orderId;
  }

  public void append(String orderId, long expectedVersion, List<OrderEvent> newEvents) {
    events.append(streamOf(orderId), expectedVersion, newEvents);
    // The snapshot is a cache, saved after the events' own transaction: losing one costs a longer replay, no event.
    // So a snapshot that fails is told to the operator, and the command, already recorded, still succeeds.
    try {
      LoadedOrder loaded = load(orderId);
      if (loaded.replayedEvents() >= snapshotEvery) {
        saveSnapshot(orderId, loaded);
      }
    } catch (IllegalStateException snapshotFailed) {
      LOG.log(Level.WARNING, "No snapshot of order " + orderId + " this time", snapshotFailed);
    }
  }

  // region load
  public LoadedOrder load(String orderId) {
    // No snapshot yet: start where every order starts, at version 0 in the initial state.
    Snapshot start = latestSnapshot(orderId).orElse(new Snapshot(0, Order.initial()));
    List<OrderEvent> tail = events.read(streamOf(orderId), start.version());
    return new LoadedOrder(Order.rebuild(start.state(), tail), start.version() + tail.size(), tail.size());
  }
  // endregion load

  private record Snapshot(long version, Order state) {}

  private Optional<Snapshot> latestSnapshot(String orderId) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT version, state FROM snapshots WHERE stream_id = ?")) {
      select.setString(1, streamOf(orderId));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        // Only a placed order is ever snapshotted: the first event of every order is OrderPlaced.
        Order.Placed state = json.readValue(row.getString("state"), Order.Placed.class);
        return Optional.of(new Snapshot(row.getLong("version"), state));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Reading the snapshot of order " + orderId + " failed: " + e.getMessage(), e);
    }
  }

  // Two servers may snapshot the same order: the WHERE keeps a late, older snapshot from replacing a newer one.
  private void saveSnapshot(String orderId, LoadedOrder loaded) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement upsert = connection.prepareStatement("""
             INSERT INTO snapshots (stream_id, version, state) VALUES (?, ?, CAST(? AS jsonb))
             ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, state = excluded.state
             WHERE snapshots.version < excluded.version""")) {
      upsert.setString(1, streamOf(orderId));
      upsert.setLong(2, loaded.version());
      upsert.setString(3, json.writeValueAsString(loaded.order()));
      upsert.executeUpdate();
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("Saving the snapshot of order " + orderId + " failed: " + e.getMessage(), e);
    }
  }
}
