package eventlings.lab00;

import java.time.Instant;

// region order-commands
public sealed interface OrderCommand {
  record PlaceOrder(OrderId orderId, UserId userId, Instant now) implements OrderCommand {}
  record ConfirmOrder(OrderId orderId, Instant now) implements OrderCommand {}
  record CancelOrder(OrderId orderId, String reason, Instant now) implements OrderCommand {}
}
// endregion order-commands
