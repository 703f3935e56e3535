// Where orders come from and go to: load replays an order's stream, save appends what it decided.
// Step 6 writes both.
package eventlings.lab02;

public final class OrderRepository {

  private final InMemoryEventStore store;

  public OrderRepository(InMemoryEventStore store) {
    this.store = store;
  }

  public OrderAggregate load(OrderId id) {
    // TODO(step 6): read the order's stream and rebuild the order from it. A stream never written: a new order.
    throw new UnsupportedOperationException("TODO(step 6): load the order");
  }

  public void save(OrderAggregate order) {
    // TODO(step 6): append the uncommitted events at the order's version, then mark them committed.
    throw new UnsupportedOperationException("TODO(step 6): save the order");
  }
}
