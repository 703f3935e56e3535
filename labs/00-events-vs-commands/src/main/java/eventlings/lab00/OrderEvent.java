// The facts the order service records about its orders. Steps 2, 4 and 5 reshape what is here.
package eventlings.lab00;

import java.time.Instant;
import java.util.List;

public sealed interface OrderEvent {

  // TODO(step 4): a fact that someone can edit after it happened. What should a reader believe?
  final class OrderPlaced implements OrderEvent {
    private OrderId orderId;
    private UserId userId;
    private List<OrderLine> lines;
    private long totalCents;
    private Instant at;

    public OrderPlaced(OrderId orderId, UserId userId, List<OrderLine> lines, long totalCents, Instant at) {
      this.orderId = orderId;
      this.userId = userId;
      this.lines = lines;
      this.totalCents = totalCents;
      this.at = at;
    }

    public OrderId orderId() {
      return orderId;
    }

    public UserId userId() {
      return userId;
    }

    public List<OrderLine> lines() {
      return lines;
    }

    public long totalCents() {
      return totalCents;
    }

    public void setTotalCents(long totalCents) {
      this.totalCents = totalCents;
    }

    public Instant at() {
      return at;
    }
  }

  // Recorded once the parcel has left the warehouse.
  // TODO(step 2): is this something that happened, or something someone wants?
  record ShipOrder(OrderId orderId, Instant at) implements OrderEvent {}

  // TODO(step 5): the warehouse reads this event, but has never seen an OrderCommand. What does it need?
  record OrderCancelled(OrderCommand.OrderCancellation command, Instant at) implements OrderEvent {}
}
