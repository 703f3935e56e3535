package eventlings.lab00;

import java.time.Instant;

// region order-events
public sealed interface OrderEvent {
  record OrderPlaced(OrderId orderId, UserId userId, long totalCents, Instant at) implements OrderEvent {}
  record OrderShipped(OrderId orderId, Instant at) implements OrderEvent {}
  record OrderCancelled(OrderId orderId, String reason, Instant at) implements OrderEvent {}
}
// endregion order-events
