package eventlings.lab00;

import java.time.Instant;
import java.util.List;

// region order-events
public sealed interface OrderEvent {
  record OrderPlaced(OrderId orderId, UserId userId, List<OrderLine> lines, long totalCents, Instant at)
      implements OrderEvent {
    // A record keeps the list it is handed: without a copy, whoever built that list could still change the fact.
    public OrderPlaced {
      lines = List.copyOf(lines);
    }
  }
  record OrderShipped(OrderId orderId, Instant at) implements OrderEvent {}
  record OrderCancelled(OrderId orderId, String reason, Instant at) implements OrderEvent {}
}
// endregion order-events
