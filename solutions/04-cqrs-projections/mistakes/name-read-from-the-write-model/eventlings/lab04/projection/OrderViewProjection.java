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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

public final class OrderViewProjection {

  private static final String NAME = "order_views";
  private static final Duration IDLE_WAIT = Duration.ofMillis(20);

  private final EventStore store;
  private final DataSource views;
  private final CountDownLatch stopped = new CountDownLatch(1);

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
    try (Connection connection = views.getConnection()) {
      connection.setAutoCommit(false);
      List<RecordedEvent> next = store.readAfter(checkpoint(connection), 1);
      if (next.isEmpty()) {
        return false;
      }
      RecordedEvent recorded = next.getFirst();
      apply(connection, recorded.event());
      saveCheckpoint(connection, recorded.position());
      // One commit for both: after a crash the view and its checkpoint agree, whatever the moment.
      connection.commit();
      return true;
    }
  }

  public int catchUp() throws SQLException {
    int applied = 0;
    while (applyNext()) {
      applied++;
    }
    return applied;
  }

  public long checkpoint() throws SQLException {
    try (Connection connection = views.getConnection()) {
      return checkpoint(connection);
    }
  }

  public void rebuild() throws SQLException {
    try (Connection connection = views.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("TRUNCATE order_views, order_view_lines, customer_names");
      saveCheckpoint(connection, 0);
      connection.commit();
    }
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
          "INSERT INTO customer_names (customer_id, name) VALUES (?, ?)", registered.customerId(), registered.name());
      case CustomerRenamed renamed -> {
        update(connection, "UPDATE customer_names SET name = ? WHERE customer_id = ?",
            renamed.name(), renamed.customerId());
        // The name was copied into every order of the customer: every copy must change.
        update(connection, "UPDATE order_views SET customer_name = ? WHERE customer_id = ?",
            renamed.name(), renamed.customerId());
      }
      case OrderPlaced placed -> update(connection, """
          INSERT INTO order_views (order_id, customer_id, customer_name, total_cents, status)
          VALUES (?, ?, ?, 0, 'PLACED')""",
          placed.orderId(), placed.customerId(), currentNameOf(placed.customerId()));
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

  // The event store knows every customer's name: ask it rather than keep a copy.
  private String currentNameOf(String customerId) throws SQLException {
    String name = null;
    for (RecordedEvent recorded : store.readAfter(0, Integer.MAX_VALUE)) {
      switch (recorded.event()) {
        case CustomerRegistered registered when registered.customerId().equals(customerId) -> name = registered.name();
        case CustomerRenamed renamed when renamed.customerId().equals(customerId) -> name = renamed.name();
        default -> { }
      }
    }
    return name;
  }

  // FOR UPDATE: in applyNext's transaction, a second instance started by mistake waits here until the first
  // commits, then reads the moved checkpoint instead of applying the same event again.
  private static long checkpoint(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT position FROM projection_checkpoints WHERE projection = ? FOR UPDATE")) {
      select.setString(1, NAME);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong("position");
      }
    }
  }

  private static void saveCheckpoint(Connection connection, long position) throws SQLException {
    update(connection, "UPDATE projection_checkpoints SET position = ? WHERE projection = ?", position, NAME);
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
