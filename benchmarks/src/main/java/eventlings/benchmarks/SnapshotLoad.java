package eventlings.benchmarks;

import eventlings.benchmarks.SideBySide.Plan;
import eventlings.benchmarks.SideBySide.Result;
import eventlings.benchmarks.SideBySide.Variant;
import eventlings.lab03.LoadedOrder;
import eventlings.lab03.OrderEvent;
import eventlings.lab03.OrderRepository;
import eventlings.lab03.PostgresEventStore;
import java.util.List;
import javax.sql.DataSource;

/**
 * Lab 03: {@link OrderRepository#load} of an order of 10,000 events whose snapshot was taken 10 events before its
 * end, against the same load of an order with the same events and no snapshot, which replays every one of them.
 * The snapshot is read as one JSON document, the state as it was at its version; the replay parses and folds
 * every event.
 */
final class SnapshotLoad {

  private static final int STREAM_LENGTH = 10_000;
  private static final int EVENTS_AFTER_THE_SNAPSHOT = 10;
  private static final int EVENTS_PER_APPEND = 500;

  private final DataSource dataSource;
  private final PostgresEventStore store;

  SnapshotLoad(DataSource dataSource, PostgresEventStore store) {
    this.dataSource = dataSource;
    this.store = store;
  }

  Result compare() throws Exception {
    List<OrderEvent> events = SampleOrders.events(STREAM_LENGTH);
    int snapshotVersion = STREAM_LENGTH - EVENTS_AFTER_THE_SNAPSHOT;
    appendInChunks("replayed", events, 0, STREAM_LENGTH);
    appendInChunks("snapshotted", events, 0, snapshotVersion - 1);
    // Through a repository that snapshots at once: it had to replay thousands of events to load the order.
    new OrderRepository(dataSource, store, 1)
        .append("snapshotted", snapshotVersion - 1, events.subList(snapshotVersion - 1, snapshotVersion));
    appendInChunks("snapshotted", events, snapshotVersion, STREAM_LENGTH);

    OrderRepository orders = new OrderRepository(dataSource, store, Integer.MAX_VALUE);
    LoadedOrder fromSnapshot = orders.load("snapshotted");
    LoadedOrder replayed = orders.load("replayed");
    // Both must give the same order, and the snapshot must really spare the replay, or the comparison says nothing.
    if (!fromSnapshot.order().equals(replayed.order()) || fromSnapshot.replayedEvents() != EVENTS_AFTER_THE_SNAPSHOT
        || replayed.replayedEvents() != STREAM_LENGTH) {
      throw new IllegalStateException("The two orders differ, or the snapshot was not used: replayed "
          + fromSnapshot.replayedEvents() + " and " + replayed.replayedEvents() + " events");
    }

    Variant withSnapshot = new Variant("snapshot", () -> index -> orders.load("snapshotted"));
    Variant fullReplay = new Variant("full replay", () -> index -> orders.load("replayed"));
    return SideBySide.compare("load " + Benchmarks.events(STREAM_LENGTH), new Plan(3, 15, 2), withSnapshot,
        fullReplay);
  }

  private void appendInChunks(String orderId, List<OrderEvent> events, int from, int to) {
    for (int start = from; start < to; start += EVENTS_PER_APPEND) {
      int end = Math.min(to, start + EVENTS_PER_APPEND);
      store.append(OrderRepository.streamOf(orderId), start, events.subList(start, end));
    }
  }
}
