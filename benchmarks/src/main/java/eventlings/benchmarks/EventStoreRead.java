package eventlings.benchmarks;

import eventlings.benchmarks.SideBySide.Plan;
import eventlings.benchmarks.SideBySide.Result;
import eventlings.benchmarks.SideBySide.Variant;
import eventlings.lab03.PostgresEventStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Lab 03: {@link PostgresEventStore#read(String)} of a stream of N events, against a raw {@code SELECT} of the same
 * rows' JSON that keeps it as text. Both run the same kind of query and fetch the same rows; the difference is
 * what the store does with each row: look its type up in the registry, parse the JSON, upcast it, and build the
 * record.
 */
final class EventStoreRead {

  private static final int EVENTS_PER_ROUND = 2_000;

  private final DataSource dataSource;
  private final PostgresEventStore store;

  EventStoreRead(DataSource dataSource, PostgresEventStore store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  Result compare(int streamLength) throws Exception {
    String stream = "read-" + streamLength;
    store.append(stream, 0, SampleOrders.events(streamLength));
    // Both variants must return every event of the stream, or one of them is measuring less work.
    if (store.read(stream).size() != streamLength || selectData(stream).size() != streamLength) {
      throw new IllegalStateException("Stream " + stream + " does not hold " + streamLength + " events");
    }

    Variant viaStore = new Variant("store", () -> index -> store.read(stream));
    Variant rawSelect = new Variant("raw SELECT", () -> index -> selectData(stream));
    Plan plan = new Plan(5, 31, Math.max(10, EVENTS_PER_ROUND / streamLength));
    return SideBySide.compare("read " + Benchmarks.events(streamLength), plan, viaStore, rawSelect);
  }

  private List<String> selectData(String stream) throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT data FROM events WHERE stream_id = ? ORDER BY version")) {
      select.setString(1, stream);
      try (ResultSet rows = select.executeQuery()) {
        List<String> data = new ArrayList<>();
        while (rows.next()) {
          data.add(rows.getString(1));
        }
        return data;
      }
    }
  }
}
