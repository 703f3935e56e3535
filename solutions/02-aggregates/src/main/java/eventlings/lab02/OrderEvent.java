package eventlings.lab02;

import java.time.Instant;
import java.util.List;

public sealed interface OrderEvent {

  record OrderPlaced(OrderId orderId, CustomerId customerId, Instant at) implements OrderEvent {}

  record ItemAdded(OrderId orderId, String sku, int quantity, long unitPriceCents) implements OrderEvent {}

  // region confirmed
  // The lines as they were confirmed, so whoever packs and bills the order needs no replay of it.
  record OrderConfirmed(OrderId orderId, List<OrderLine> lines, long totalCents, Instant at) implements OrderEvent {

    // A record keeps the list it is handed, and whoever handed it in can still change it: keep a copy instead.
    public OrderConfirmed {
      lines = List.copyOf(lines);
    }
  }
  // endregion confirmed
}
