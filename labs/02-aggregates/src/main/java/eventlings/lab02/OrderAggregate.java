// An order while the write model handles its commands: its state, its version in the store, and the events it
// decided that are not saved yet. Step 5 writes all of it: rebuild from history, handle a command, commit.
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

  public static OrderAggregate fromHistory(OrderId id, List<OrderEvent> history) {
    // TODO(step 5): the order as its history left it. These events are in the store already.
    throw new UnsupportedOperationException("TODO(step 5): rebuild the order from its history");
  }

  public void handle(OrderCommand command) {
    // TODO(step 5): decide on the current state, then apply each event that decide returns.
    throw new UnsupportedOperationException("TODO(step 5): handle the command");
  }

  private void apply(OrderEvent event) {
    // TODO(step 5): evolve the state by the event, and keep the event until it is saved.
    throw new UnsupportedOperationException("TODO(step 5): apply the event");
  }

  public void markCommitted() {
    // TODO(step 5): called once the uncommitted events are in the store. What is left to save, and at which version
    // is the order now?
    throw new UnsupportedOperationException("TODO(step 5): mark the saved events as committed");
  }

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
