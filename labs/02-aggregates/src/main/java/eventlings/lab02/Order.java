// The rules of an order, as a Decider: decide turns a command into events, evolve applies one event to a state.
// Step 2: evolve. Step 3: decide what each command records. Step 4: refuse what the rules forbid.
package eventlings.lab02;

import java.util.List;

public final class Order {

  private Order() {}

  public static OrderState initialState() {
    return new OrderState.NoOrder();
  }

  public static List<OrderEvent> decide(OrderCommand command, OrderState state) {
    // TODO(step 3): one case per command, each returning the events it leads to, in the order they happen. Take the
    // time from the command.
    // TODO(step 4): throw the OrderRejected that fits when the order's stage forbids the command.
    throw new UnsupportedOperationException("TODO(step 3): decide what the command records");
  }

  public static OrderState evolve(OrderState state, OrderEvent event) {
    // TODO(step 2): one case per event, each returning the order's next stage. No rules, no checks.
    throw new UnsupportedOperationException("TODO(step 2): evolve the order by one event");
  }
}
