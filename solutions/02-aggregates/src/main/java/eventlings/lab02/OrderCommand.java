package eventlings.lab02;

import java.time.Instant;
import java.util.List;

// Each command brings its own `now`: the decision reads the time from the request, never from a clock inside.
public sealed interface OrderCommand {

  // The customer checks out a basket: the order is placed with its lines.
  record PlaceOrder(OrderId orderId, CustomerId customerId, List<OrderLine> basket, Instant now)
      implements OrderCommand {

    public PlaceOrder {
      basket = List.copyOf(basket);
    }
  }

  record AddItem(OrderId orderId, String sku, int quantity, long unitPriceCents) implements OrderCommand {}

  record ConfirmOrder(OrderId orderId, Instant now) implements OrderCommand {}
}
