// The projection: reads the store's events in order and keeps the order views up to date, in tables of its own.
// Step 1: apply the events one at a time. Step 2: a rename reaches every copy of the name. Step 3: keep the
// checkpoint in the database, in the view's transaction. Step 4: rebuild from zero. Step 6: run until stopped.
package eventlings.lab04.projection;

import eventlings.lab04.write.EventStore;
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
import javax.sql.DataSource;

public final class OrderViewProjection {

  private final EventStore store;
  private final DataSource views;

  public OrderViewProjection(EventStore store, DataSource views) {
    this.store = store;
    this.views = views;
  }

  // Given: the view tables, and from step 3 the checkpoint row, which starts at 0 (nothing applied yet).
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
    // TODO(step 1): read the one event after the checkpoint (store.readAfter), apply it to the view tables and move
    //  the checkpoint to its position; false when there is none. A field can hold the checkpoint for now.
    // TODO(step 3): keep the checkpoint in projection_checkpoints, saved in the same transaction as the view update.
    throw new UnsupportedOperationException("TODO(step 1): apply the next event to the view");
  }

  // Given: applies every event not applied yet, one at a time, and says how many.
  public int catchUp() throws SQLException {
    int applied = 0;
    while (applyNext()) {
      applied++;
    }
    return applied;
  }

  public long checkpoint() throws SQLException {
    // TODO(step 1): the position of the last event applied; 0 before the first.
    // TODO(step 3): read it from projection_checkpoints.
    throw new UnsupportedOperationException("TODO(step 1): tell the checkpoint");
  }

  public void rebuild() throws SQLException {
    // TODO(step 4): empty the view tables and set the checkpoint back to 0, in one transaction; then catch up.
    throw new UnsupportedOperationException("TODO(step 4): rebuild the view from zero");
  }

  public void run() throws SQLException, InterruptedException {
    // TODO(step 6): catch up, again and again, until stop() is called; wait a little between rounds (no Thread.sleep).
    throw new UnsupportedOperationException("TODO(step 6): run the projection until it is stopped");
  }

  public void stop() {
    // TODO(step 6): make run() return within moments.
  }

  private void apply(Connection connection, ShopEvent event) throws SQLException {
    switch (event) {
      case CustomerRegistered registered ->
          throw new UnsupportedOperationException("TODO(step 1): remember the customer's name");
      case OrderPlaced placed ->
          throw new UnsupportedOperationException("TODO(step 1): a new order view, with the customer's name copied in");
      case ItemAdded added ->
          throw new UnsupportedOperationException("TODO(step 1): a new line, and a total that grows");
      case OrderConfirmed confirmed ->
          throw new UnsupportedOperationException("TODO(step 1): the order is confirmed");
      case OrderCancelled cancelled ->
          throw new UnsupportedOperationException("TODO(step 1): the order is cancelled");
      case CustomerRenamed renamed ->
          throw new UnsupportedOperationException("TODO(step 2): the new name, wherever it was copied");
    }
  }

  // Given, for your SQL: runs one INSERT, UPDATE or DELETE with its ? parameters, in the connection's transaction.
  private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int index = 0; index < parameters.length; index++) {
        statement.setObject(index + 1, parameters[index]);
      }
      statement.executeUpdate();
    }
  }
}
