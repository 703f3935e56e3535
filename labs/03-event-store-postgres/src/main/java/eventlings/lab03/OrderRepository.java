// Orders loaded from their latest snapshot and the events after it, instead of their whole history.
// Step 6: save a snapshot every N events, and load from it.
package eventlings.lab03;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import javax.sql.DataSource;

public final class OrderRepository {

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
    // TODO(step 6): append to the order's stream; then, once snapshotEvery events or more were replayed to load
    //  the order, save its state and version as the stream's snapshot.
    throw new UnsupportedOperationException("TODO(step 6): append, and snapshot every N events");
  }

  public LoadedOrder load(String orderId) {
    // TODO(step 6): start from the latest snapshot (or version 0 and the initial state) and fold the events after it.
    throw new UnsupportedOperationException("TODO(step 6): load from the latest snapshot");
  }
}
