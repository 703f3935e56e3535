package eventlings.lab04;

import eventlings.checkers.postgres.Postgres;
import eventlings.lab04.projection.OrderViewProjection;
import eventlings.lab04.write.EventStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The database of one goal: an empty event store and empty view tables, and a way to read the tables directly. */
final class ShopDatabase {

  record OrderRow(String customerName, long totalCents, String status) {}

  record LineRow(String sku, int quantity, long unitPriceCents) {}

  private final Postgres postgres;
  private final EventStore store;

  private ShopDatabase(Postgres postgres) {
    this.postgres = postgres;
    this.store = new EventStore(postgres.dataSource());
  }

  /** Starts from an empty schema: every goal of a test class shares it, and none sees another's rows. */
  static ShopDatabase fresh(Postgres postgres) throws SQLException {
    postgres.execute("DROP SCHEMA " + postgres.schema() + " CASCADE; CREATE SCHEMA " + postgres.schema());
    ShopDatabase shop = new ShopDatabase(postgres);
    shop.store.createTable();
    shop.projection().createTables();
    return shop;
  }

  EventStore store() {
    return store;
  }

  /** A new projection on the same tables: what a restart of the process gives. */
  OrderViewProjection projection() {
    return new OrderViewProjection(store, postgres.dataSource());
  }

  Optional<OrderRow> order(String orderId) throws SQLException {
    return rows("SELECT customer_name, total_cents, status FROM order_views WHERE order_id = ?", orderId)
        .stream()
        .findFirst()
        .map(row -> new OrderRow((String) row.get(0), (Long) row.get(1), (String) row.get(2)));
  }

  List<LineRow> lines(String orderId) throws SQLException {
    String sql = "SELECT sku, quantity, unit_price_cents FROM order_view_lines WHERE order_id = ? ORDER BY line";
    return rows(sql, orderId)
        .stream()
        .map(row -> new LineRow((String) row.get(0), (Integer) row.get(1), (Long) row.get(2)))
        .toList();
  }

  /** Every row of the view, one line of text each, so two states of the view compare line by line. */
  List<String> everything() throws SQLException {
    List<String> text = new ArrayList<>();
    for (List<Object> row : rows("SELECT * FROM order_views ORDER BY order_id")) {
      text.add("order " + row);
    }
    String lines = "SELECT order_id, sku, quantity, unit_price_cents FROM order_view_lines ORDER BY order_id, line";
    for (List<Object> row : rows(lines)) {
      text.add("line " + row);
    }
    for (List<Object> row : rows("SELECT * FROM customer_names ORDER BY customer_id")) {
      text.add("customer " + row);
    }
    return text;
  }

  private List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
    try (Connection connection = postgres.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
      for (int index = 0; index < parameters.length; index++) {
        select.setObject(index + 1, parameters[index]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int column = 1; column <= columns; column++) {
            row.add(result.getObject(column));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
