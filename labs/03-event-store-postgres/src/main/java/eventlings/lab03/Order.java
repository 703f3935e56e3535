// Nothing to build here: an order as its events tell it (evolve and rebuild, as in lab 01). Step 6 snapshots it.
package eventlings.lab03;

import eventlings.lab03.OrderEvent.ItemAdded;
import eventlings.lab03.OrderEvent.OrderConfirmed;
import eventlings.lab03.OrderEvent.OrderPlaced;
import java.util.ArrayList;
import java.util.List;

public sealed interface Order {

  record NotPlaced() implements Order {}

  record Placed(String orderId, String customerId, String currency, List<Line> lines, boolean confirmed)
      implements Order {

    public Placed {
      lines = List.copyOf(lines);
    }

    Placed with(Line line) {
      List<Line> more = new ArrayList<>(lines);
      more.add(line);
      return new Placed(orderId, customerId, currency, more, confirmed);
    }

    Placed asConfirmed() {
      return new Placed(orderId, customerId, currency, lines, true);
    }
  }

  record Line(String sku, int quantity, long unitPriceCents) {}

  static Order initial() {
    return new NotPlaced();
  }

  static Order evolve(Order state, OrderEvent event) {
    return switch (event) {
      case OrderPlaced placed -> new Placed(placed.orderId(), placed.customerId(), placed.currency(), List.of(), false);
      case ItemAdded added -> ((Placed) state).with(new Line(added.sku(), added.quantity(), added.unitPriceCents()));
      case OrderConfirmed confirmed -> ((Placed) state).asConfirmed();
    };
  }

  static Order rebuild(Order from, List<OrderEvent> events) {
    Order state = from;
    for (OrderEvent event : events) {
      state = evolve(state, event);
    }
    return state;
  }

  static Order rebuild(List<OrderEvent> history) {
    return rebuild(initial(), history);
  }
}
