package eventlings.lab02;

public final class OrderRepository {

  private final InMemoryEventStore store;

  public OrderRepository(InMemoryEventStore store) {
    this.store = store;
  }

  public OrderAggregate load(OrderId id) {
    return OrderAggregate.fromHistory(id, store.read(id.stream()));
  }

  public void save(OrderAggregate order) {
    String stream = order.id().stream();
    store.append(stream, store.read(stream).size(), order.uncommittedEvents());
    order.markCommitted();
  }
}
