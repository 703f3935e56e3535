package eventlings.lab02;

import java.time.Instant;

// Each command brings its own `now`: the decision reads the time from the request, never from a clock inside.
public sealed interface OrderCommand {

  record PlaceOrder(OrderId orderId, CustomerId customerId, Instant now) implements OrderCommand {}

  record AddItem(OrderId orderId, String sku, int quantity, long unitPriceCents) implements OrderCommand {}

  record ConfirmOrder(OrderId orderId, Instant now) implements OrderCommand {}
}
