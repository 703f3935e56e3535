// Nothing to build here: what decide throws, from step 4, when the order's rules refuse a command.
package eventlings.lab02;

// A command that the order's rules refuse. Nothing is recorded, and the message says why.
public abstract sealed class OrderRejected extends RuntimeException {

  OrderRejected(OrderId orderId, String reason) {
    super("Order " + orderId.value() + " " + reason);
  }

  public static final class OrderNotPlaced extends OrderRejected {
    public OrderNotPlaced(OrderId orderId) {
      super(orderId, "was never placed");
    }
  }

  public static final class OrderAlreadyPlaced extends OrderRejected {
    public OrderAlreadyPlaced(OrderId orderId) {
      super(orderId, "is already placed");
    }
  }

  public static final class OrderAlreadyConfirmed extends OrderRejected {
    public OrderAlreadyConfirmed(OrderId orderId) {
      super(orderId, "is already confirmed and can no longer change");
    }
  }

  public static final class EmptyOrderCannotBeConfirmed extends OrderRejected {
    public EmptyOrderCannotBeConfirmed(OrderId orderId) {
      super(orderId, "has no items and cannot be confirmed");
    }
  }
}
