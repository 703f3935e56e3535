package eventlings.lab04.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

public final class OrderQueries {

  private final DataSource views;

  public OrderQueries(DataSource views) {
    this.views = views;
  }

  // region find-order
  public Optional<OrderView> findOrder(String orderId) throws SQLException {
    try (Connection connection = views.getConnection()) {
      // The row and its lines from one snapshot of the view: two separate reads could straddle a commit of the
      // projection and show a total that disagrees with the lines.
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      Optional<OrderView> order = orderIn(connection, orderId);
      connection.commit();
      return order;
    }
  }

  private static Optional<OrderView> orderIn(Connection connection, String orderId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT customer_name, total_cents, status FROM order_views WHERE order_id = ?")) {
      select.setString(1, orderId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new OrderView(orderId, row.getString("customer_name"), linesOf(connection, orderId),
            row.getLong("total_cents"), OrderView.Status.valueOf(row.getString("status"))));
      }
    }
  }
  // endregion find-order

  public List<OrderView> ordersOf(String customerId) throws SQLException {
    List<String> orderIds = new ArrayList<>();
    try (Connection connection = views.getConnection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT order_id FROM order_views WHERE customer_id = ? ORDER BY order_id")) {
      select.setString(1, customerId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          orderIds.add(rows.getString("order_id"));
        }
      }
    }
    List<OrderView> orders = new ArrayList<>();
    for (String orderId : orderIds) {
      findOrder(orderId).ifPresent(orders::add);
    }
    return orders;
  }

  private static List<OrderView.Line> linesOf(Connection connection, String orderId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT sku, quantity, unit_price_cents FROM order_view_lines WHERE order_id = ? ORDER BY line")) {
      select.setString(1, orderId);
      List<OrderView.Line> lines = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          lines.add(new OrderView.Line(
              rows.getString("sku"), rows.getInt("quantity"), rows.getLong("unit_price_cents")));
        }
      }
      return lines;
    }
  }
}
