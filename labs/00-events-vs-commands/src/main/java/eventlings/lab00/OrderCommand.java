// The requests the order service accepts, or refuses: place the user's basket as an order, confirm it, cancel it.
// Steps 3 and 6 reshape what is here.
package eventlings.lab00;

import java.time.Instant;

// TODO(step 6): anyone, anywhere, can add a command to this family. Close it.
public interface OrderCommand {

  record PlaceOrder(OrderId orderId, UserId userId, Instant now) implements OrderCommand {}

  // TODO(step 3): a command may still be refused. Does this name leave room for that?
  record OrderConfirmed(OrderId orderId, Instant now) implements OrderCommand {}

  // TODO(step 3): is this a request to act, or the name of a thing?
  record OrderCancellation(OrderId orderId, String reason, Instant now) implements OrderCommand {}
}
