// Nothing to build here: the facts of an order's life, the events every step stores and reads.
package eventlings.lab03;

public sealed interface OrderEvent {

  String orderId();

  // Version 2 of OrderPlaced: version 1, stored before the shop sold abroad, had no currency.
  record OrderPlaced(String orderId, String customerId, String currency) implements OrderEvent {}

  record ItemAdded(String orderId, String sku, int quantity, long unitPriceCents) implements OrderEvent {}

  record OrderConfirmed(String orderId, String deliveryNote) implements OrderEvent {}
}
