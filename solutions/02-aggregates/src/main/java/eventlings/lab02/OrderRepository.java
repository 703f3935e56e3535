package eventlings.lab02;

public final class OrderRepository {

  private final InMemoryEventStore store;

  public OrderRepository(InMemoryEventStore store) {
    this.store = store;
  }

  // region load-and-save
  public OrderAggregate load(OrderId id) {
    return OrderAggregate.fromHistory(id, store.read(id.stream()));
  }

  public void save(OrderAggregate order) {
    // At the order's version, the last one it saw: if someone saved since, the store refuses, and their events stay.
    store.append(order.id().stream(), order.version(), order.uncommittedEvents());
    order.markCommitted();
  }
  // endregion load-and-save
}
