package eventlings.lab00;

import java.time.Instant;

public sealed interface OrderEvent {
  record OrderPlaced(OrderId orderId, UserId userId, long totalCents, Instant at) implements OrderEvent {}
  record OrderShipped(OrderId orderId, Instant at) implements OrderEvent {}
  record OrderCancelled(OrderCommand.CancelOrder command, Instant at) implements OrderEvent {}
}
