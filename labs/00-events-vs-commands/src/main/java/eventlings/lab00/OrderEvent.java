// The facts the order service records about its orders. Steps 2, 4 and 5 reshape what is here.
package eventlings.lab00;

import java.time.Instant;

public sealed interface OrderEvent {

  // TODO(step 4): a fact that someone can edit after it happened. What should a reader believe?
  final class OrderPlaced implements OrderEvent {
    private OrderId orderId;
    private UserId userId;
    private long totalCents;
    private Instant at;

    public OrderPlaced(OrderId orderId, UserId userId, long totalCents, Instant at) {
      this.orderId = orderId;
      this.userId = userId;
      this.totalCents = totalCents;
      this.at = at;
    }

    public OrderId getOrderId() {
      return orderId;
    }

    public UserId getUserId() {
      return userId;
    }

    public long getTotalCents() {
      return totalCents;
    }

    public void setTotalCents(long totalCents) {
      this.totalCents = totalCents;
    }

    public Instant getAt() {
      return at;
    }
  }

  // TODO(step 2): is this something that happened, or something someone wants?
  record ShipOrder(OrderId orderId, Instant at) implements OrderEvent {}

  // TODO(step 5): the warehouse reads this event, but has never seen an OrderCommand. What does it need?
  record OrderCancelled(OrderCommand.CancelOrder command, Instant at) implements OrderEvent {}
}
