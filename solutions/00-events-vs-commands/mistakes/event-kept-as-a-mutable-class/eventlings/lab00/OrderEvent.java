package eventlings.lab00;

import java.time.Instant;

public sealed interface OrderEvent {
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
  record OrderShipped(OrderId orderId, Instant at) implements OrderEvent {}
  record OrderCancelled(OrderId orderId, String reason, Instant at) implements OrderEvent {}
}
