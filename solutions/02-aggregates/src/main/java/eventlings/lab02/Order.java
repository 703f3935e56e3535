package eventlings.lab02;

import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.ConfirmOrder;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderEvent.ItemAdded;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderEvent.OrderPlaced;
import eventlings.lab02.OrderRejected.EmptyOrderCannotBeConfirmed;
import eventlings.lab02.OrderRejected.OrderAlreadyConfirmed;
import eventlings.lab02.OrderRejected.OrderAlreadyPlaced;
import eventlings.lab02.OrderRejected.OrderNotPlaced;
import eventlings.lab02.OrderState.Confirmed;
import eventlings.lab02.OrderState.NoOrder;
import eventlings.lab02.OrderState.Open;
import java.util.List;
import java.util.stream.Stream;

public final class Order {

  private Order() {}

  public static OrderState initialState() {
    return new NoOrder();
  }

  // region decide
  public static List<OrderEvent> decide(OrderCommand command, OrderState state) {
    return switch (command) {
      case PlaceOrder place -> place(place, state);
      case AddItem add -> addItem(add, state);
      case ConfirmOrder confirm -> confirm(confirm, state);
    };
  }

  private static List<OrderEvent> place(PlaceOrder place, OrderState state) {
    return switch (state) {
      case NoOrder none -> placed(place);
      case Open open -> throw new OrderAlreadyPlaced(place.orderId());
      case Confirmed confirmed -> throw new OrderAlreadyPlaced(place.orderId());
    };
  }

  // The placement first, then an item per line of the basket: evolve adds lines only to an order that exists.
  private static List<OrderEvent> placed(PlaceOrder place) {
    Stream<OrderEvent> items = place.basket().stream()
        .map(line -> new ItemAdded(place.orderId(), line.sku(), line.quantity(), line.unitPriceCents()));
    return Stream.concat(Stream.of(new OrderPlaced(place.orderId(), place.customerId(), place.now())), items).toList();
  }

  private static List<OrderEvent> addItem(AddItem add, OrderState state) {
    return switch (state) {
      case NoOrder none -> throw new OrderNotPlaced(add.orderId());
      case Open open -> List.of(new ItemAdded(add.orderId(), add.sku(), add.quantity(), add.unitPriceCents()));
      case Confirmed confirmed -> throw new OrderAlreadyConfirmed(add.orderId());
    };
  }

  private static List<OrderEvent> confirm(ConfirmOrder confirm, OrderState state) {
    return switch (state) {
      case NoOrder none -> throw new OrderNotPlaced(confirm.orderId());
      case Open open when open.lines().isEmpty() -> throw new EmptyOrderCannotBeConfirmed(confirm.orderId());
      case Open open ->
          List.of(new OrderConfirmed(confirm.orderId(), open.lines(), open.totalCents(), confirm.now()));
      case Confirmed confirmed -> throw new OrderAlreadyConfirmed(confirm.orderId());
    };
  }
  // endregion decide

  // region evolve
  public static OrderState evolve(OrderState state, OrderEvent event) {
    // No rule here: the event already happened. Only an open order takes items; a stream that says otherwise
    // is corrupt, and the cast says so loudly.
    return switch (event) {
      case OrderPlaced placed -> new Open(List.of());
      case ItemAdded added ->
          ((Open) state).withLine(new OrderLine(added.sku(), added.quantity(), added.unitPriceCents()));
      case OrderConfirmed confirmed -> new Confirmed();
    };
  }
  // endregion evolve
}
