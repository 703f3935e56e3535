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
    // At the version the order was decided on. If the stream is at another, the store refuses and nothing changes:
    // not the stream, and not the order, which still holds the events it could not save.
    store.append(order.id().stream(), order.version(), order.uncommittedEvents());
    order.markCommitted();
  }
  // endregion load-and-save
}
