package eventlings.lab02;

import java.util.ArrayList;
import java.util.List;

public final class OrderAggregate {

  private final OrderId id;
  private OrderState state;
  // How many of this order's events are in the store: the version to save at.
  private long version;
  private final List<OrderEvent> uncommittedEvents = new ArrayList<>();

  private OrderAggregate(OrderId id, OrderState state, long version) {
    this.id = id;
    this.state = state;
    this.version = version;
  }

  public static OrderAggregate create(OrderId id) {
    return new OrderAggregate(id, Order.initialState(), 0);
  }

  // region rebuild
  public static OrderAggregate fromHistory(OrderId id, List<OrderEvent> history) {
    // Evolve, not apply: these events are in the store already, and saving them again would repeat history.
    OrderState state = Order.initialState();
    for (OrderEvent event : history) {
      state = Order.evolve(state, event);
    }
    return new OrderAggregate(id, state, history.size());
  }
  // endregion rebuild

  // region handle
  public void handle(OrderCommand command) {
    // A rejected command throws here, before anything changed.
    Order.decide(command, state).forEach(this::apply);
  }

  private void apply(OrderEvent event) {
    state = Order.evolve(state, event);
    uncommittedEvents.add(event);
  }
  // endregion handle

  // region commit
  public void markCommitted() {
    version += uncommittedEvents.size();
    uncommittedEvents.clear();
  }
  // endregion commit

  public OrderId id() {
    return id;
  }

  public OrderState state() {
    return state;
  }

  public long version() {
    return version;
  }

  public List<OrderEvent> uncommittedEvents() {
    return List.copyOf(uncommittedEvents);
  }
}
