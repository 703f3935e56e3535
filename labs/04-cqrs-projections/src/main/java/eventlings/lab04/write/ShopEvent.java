// Nothing to build here: what happened to the shop's customers and orders, as the write side records it.
// The projection reads these from the event store and turns them into order views.
package eventlings.lab04.write;

public sealed interface ShopEvent {

  record CustomerRegistered(String customerId, String name) implements ShopEvent {}

  record CustomerRenamed(String customerId, String name) implements ShopEvent {}

  record OrderPlaced(String orderId, String customerId) implements ShopEvent {}

  // Prices in cents: money adds up exactly, with no rounding to argue about.
  record ItemAdded(String orderId, String sku, int quantity, long unitPriceCents) implements ShopEvent {}

  record OrderConfirmed(String orderId) implements ShopEvent {}

  record OrderCancelled(String orderId, String reason) implements ShopEvent {}
}
