package eventlings.benchmarks;

import eventlings.benchmarks.SideBySide.Plan;
import eventlings.benchmarks.SideBySide.Result;
import eventlings.benchmarks.SideBySide.Variant;
import eventlings.lab04.projection.OrderViewProjection;
import eventlings.lab04.write.EventStore;
import eventlings.lab04.write.ShopEvent;
import eventlings.lab04.write.ShopEvent.CustomerRegistered;
import eventlings.lab04.write.ShopEvent.ItemAdded;
import eventlings.lab04.write.ShopEvent.OrderConfirmed;
import eventlings.lab04.write.ShopEvent.OrderPlaced;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Lab 04: {@link OrderViewProjection#rebuild} of the order views from N events, against a raw {@code SELECT} that
 * reads the same N events as text. The read is the least a rebuild must do; the rest is the projection's price:
 * parsing each event, one transaction per event with its checkpoint, and the view's inserts and updates.
 */
final class ProjectionRebuild {

  private static final int CUSTOMERS = 20;
  private static final int ITEMS_PER_ORDER = 3;

  private final DataSource dataSource;
  private final EventStore store;
  private final OrderViewProjection projection;

  ProjectionRebuild(DataSource dataSource) throws SQLException {
    this.dataSource = dataSource;
    this.store = new EventStore(dataSource);
    this.projection = new OrderViewProjection(store, dataSource);
    store.createTable();
    projection.createTables();
  }

  Result compare(int eventCount) throws Exception {
    store.append(shopEvents(eventCount).toArray(ShopEvent[]::new));
    projection.rebuild();
    // Both variants must go through every event, or one of them is measuring less work.
    if (projection.checkpoint() != eventCount || selectData().size() != eventCount) {
      throw new IllegalStateException("The rebuild stopped at " + projection.checkpoint() + " of " + eventCount);
    }

    Variant rebuild = new Variant("rebuild", () -> index -> projection.rebuild());
    Variant rawSelect = new Variant("raw SELECT", () -> index -> selectData());
    return SideBySide.compare("rebuild " + Benchmarks.events(eventCount), new Plan(2, 9, 1), rebuild, rawSelect);
  }

  /** A shop's day: customers register, then orders are placed, filled with a few items and confirmed. */
  private static List<ShopEvent> shopEvents(int count) {
    List<ShopEvent> events = new ArrayList<>();
    for (int customer = 0; customer < CUSTOMERS && events.size() < count; customer++) {
      events.add(new CustomerRegistered("customer-" + customer, "Customer " + customer));
    }
    for (int order = 0; events.size() < count; order++) {
      String orderId = "order-" + order;
      events.add(new OrderPlaced(orderId, "customer-" + order % CUSTOMERS));
      for (int item = 0; item < ITEMS_PER_ORDER && events.size() < count; item++) {
        events.add(new ItemAdded(orderId, "sku-" + item, 1 + item, 1_250 + item));
      }
      if (events.size() < count) {
        events.add(new OrderConfirmed(orderId));
      }
    }
    return events;
  }

  private List<String> selectData() throws SQLException {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT position, type, data FROM events ORDER BY position")) {
      try (ResultSet rows = select.executeQuery()) {
        List<String> data = new ArrayList<>();
        while (rows.next()) {
          data.add(rows.getLong(1) + rows.getString(2) + rows.getString(3));
        }
        return data;
      }
    }
  }
}
