// The query side: what the order page asks, answered from the view tables alone.
// Step 5: find an order, and list a customer's orders, reading only order_views and order_view_lines.
package eventlings.lab04.query;

import eventlings.lab04.write.EventStore;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

public final class OrderQueries {

  private final DataSource views;
  // TODO(step 5): the old order page replayed the whole event store on every request; this field is what is left of
  //  it. Once the queries read the view tables, delete it and its import: the query side never touches the write model.
  private final EventStore eventStore;

  public OrderQueries(DataSource views) {
    this.views = views;
    this.eventStore = new EventStore(views);
  }

  public Optional<OrderView> findOrder(String orderId) throws SQLException {
    // TODO(step 5): the order's row in order_views with its lines from order_view_lines, in the order they were
    //  added; empty when there is no such order.
    throw new UnsupportedOperationException("TODO(step 5): find the order in the view tables");
  }

  public List<OrderView> ordersOf(String customerId) throws SQLException {
    // TODO(step 5): every order of the customer, by order id.
    throw new UnsupportedOperationException("TODO(step 5): list the customer's orders from the view tables");
  }
}
