// The facts of an order's life: decide records them, evolve applies them, the store keeps them.
// Step 1 takes out the one member of this family that is not a fact.
package eventlings.lab02;

import java.time.Instant;

// TODO(step 1): the first draft stored the ConfirmOrder request itself in each order's stream, as if asking were
// the same as having happened. Take ConfirmOrder out of this family, and out of its permits list.
public sealed interface OrderEvent
    permits OrderEvent.OrderPlaced, OrderEvent.ItemAdded, OrderEvent.OrderConfirmed, OrderCommand.ConfirmOrder {

  record OrderPlaced(OrderId orderId, CustomerId customerId, Instant at) implements OrderEvent {}

  record ItemAdded(OrderId orderId, String sku, int quantity, long unitPriceCents) implements OrderEvent {}

  record OrderConfirmed(OrderId orderId, long totalCents, Instant at) implements OrderEvent {}
}
