package eventlings.lab04.projection;

import eventlings.lab04.write.EventStore;
import eventlings.lab04.write.EventStore.RecordedEvent;
import eventlings.lab04.write.ShopEvent;
import eventlings.lab04.write.ShopEvent.CustomerRegistered;
import eventlings.lab04.write.ShopEvent.CustomerRenamed;
import eventlings.lab04.write.ShopEvent.ItemAdded;
import eventlings.lab04.write.ShopEvent.OrderCancelled;
import eventlings.lab04.write.ShopEvent.OrderConfirmed;
import eventlings.lab04.write.ShopEvent.OrderPlaced;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

public final class OrderViewProjection {

  private static final Duration IDLE_WAIT = Duration.ofMillis(20);

  private final EventStore store;
  private final DataSource views;
  private final CountDownLatch stopped = new CountDownLatch(1);
  // Every instance starts from the first event; the inserts below skip what is already there.
  private long checkpoint;

  public OrderViewProjection(EventStore store, DataSource views) {
    this.store = store;
    this.views = views;
  }

  public void createTables() throws SQLException {
    try (Connection connection = views.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("""
          CREATE TABLE IF NOT EXISTS order_views (
            order_id text PRIMARY KEY,
            customer_id text NOT NULL,
            customer_name text,
            total_cents bigint NOT NULL,
            status text NOT NULL);
          CREATE TABLE IF NOT EXISTS order_view_lines (
            line bigserial PRIMARY KEY,
            order_id text NOT NULL,
            sku text NOT NULL,
            quantity int NOT NULL,
            unit_price_cents bigint NOT NULL);
          CREATE TABLE IF NOT EXISTS customer_names (
            customer_id text PRIMARY KEY,
            name text NOT NULL);
          CREATE TABLE IF NOT EXISTS projection_checkpoints (
            projection text PRIMARY KEY,
            position bigint NOT NULL);
          INSERT INTO projection_checkpoints VALUES ('order_views', 0) ON CONFLICT DO NOTHING""");
    }
  }

  public boolean applyNext() throws SQLException {
    List<RecordedEvent> next = store.readAfter(checkpoint, 1);
    if (next.isEmpty()) {
      return false;
    }
    RecordedEvent recorded = next.getFirst();
    try (Connection connection = views.getConnection()) {
      connection.setAutoCommit(false);
      apply(connection, recorded.event());
      connection.commit();
    }
    checkpoint = recorded.position();
    return true;
  }

  public int catchUp() throws SQLException {
    int applied = 0;
    while (applyNext()) {
      applied++;
    }
    return applied;
  }

  public long checkpoint() {
    return checkpoint;
  }

  public void rebuild() throws SQLException {
    try (Connection connection = views.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE order_views, order_view_lines, customer_names");
    }
    checkpoint = 0;
    catchUp();
  }

  public void run() throws SQLException, InterruptedException {
    // Between rounds, a wait that stop() cuts short: the loop ends within moments of being asked.
    do {
      catchUp();
    } while (!stopped.await(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS));
  }

  public void stop() {
    stopped.countDown();
  }

  private void apply(Connection connection, ShopEvent event) throws SQLException {
    switch (event) {
      case CustomerRegistered registered -> update(connection,
          "INSERT INTO customer_names (customer_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING", registered.customerId(), registered.name());
      case CustomerRenamed renamed -> {
        update(connection, "UPDATE customer_names SET name = ? WHERE customer_id = ?",
            renamed.name(), renamed.customerId());
        // The name was copied into every order of the customer: every copy must change.
        update(connection, "UPDATE order_views SET customer_name = ? WHERE customer_id = ?",
            renamed.name(), renamed.customerId());
      }
      case OrderPlaced placed -> update(connection, """
          INSERT INTO order_views (order_id, customer_id, customer_name, total_cents, status)
          VALUES (?, ?, (SELECT name FROM customer_names WHERE customer_id = ?), 0, 'PLACED')
          ON CONFLICT DO NOTHING""",
          placed.orderId(), placed.customerId(), placed.customerId());
      case ItemAdded added -> {
        update(connection, """
            INSERT INTO order_view_lines (order_id, sku, quantity, unit_price_cents)
            VALUES (?, ?, ?, ?)""", added.orderId(), added.sku(), added.quantity(), added.unitPriceCents());
        update(connection, "UPDATE order_views SET total_cents = total_cents + ? WHERE order_id = ?",
            added.quantity() * added.unitPriceCents(), added.orderId());
      }
      case OrderConfirmed confirmed -> update(connection,
          "UPDATE order_views SET status = 'CONFIRMED' WHERE order_id = ?", confirmed.orderId());
      case OrderCancelled cancelled -> update(connection,
          "UPDATE order_views SET status = 'CANCELLED' WHERE order_id = ?", cancelled.orderId());
    }
  }

  private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int index = 0; index < parameters.length; index++) {
        statement.setObject(index + 1, parameters[index]);
      }
      statement.executeUpdate();
    }
  }
}
