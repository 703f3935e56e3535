// The facts of an order's life: decide records them, evolve applies them, the store keeps them.
// Step 1 takes out the one member of this family that is not a fact, and makes sure no fact can change once recorded.
package eventlings.lab02;

import java.time.Instant;
import java.util.List;

// TODO(step 1): the first draft stored the ConfirmOrder request itself in each order's stream, as if asking were
// the same as having happened. Take ConfirmOrder out of this family, and out of its permits list.
public sealed interface OrderEvent
    permits OrderEvent.OrderPlaced, OrderEvent.ItemAdded, OrderEvent.OrderConfirmed, OrderCommand.ConfirmOrder {

  record OrderPlaced(OrderId orderId, CustomerId customerId, Instant at) implements OrderEvent {}

  record ItemAdded(OrderId orderId, String sku, int quantity, long unitPriceCents) implements OrderEvent {}

  // The lines as they were confirmed, so whoever packs and bills the order needs no replay of it.
  // TODO(step 1): once recorded, this fact must read the same for ever. Does it, whatever happens to the list it was
  // made from?
  record OrderConfirmed(OrderId orderId, List<OrderLine> lines, long totalCents, Instant at) implements OrderEvent {}
}
