package eventlings.lab02;

import java.time.Instant;

public sealed interface OrderEvent {

  record OrderPlaced(OrderId orderId, CustomerId customerId, Instant at) implements OrderEvent {}

  record ItemAdded(OrderId orderId, String sku, int quantity, long unitPriceCents) implements OrderEvent {}

  record OrderConfirmed(OrderId orderId, long totalCents, Instant at) implements OrderEvent {}
}
