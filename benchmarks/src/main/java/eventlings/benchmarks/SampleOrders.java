package eventlings.benchmarks;

import eventlings.lab03.OrderEvent;
import eventlings.lab03.OrderEvent.ItemAdded;
import eventlings.lab03.OrderEvent.OrderPlaced;
import java.util.ArrayList;
import java.util.List;

/** The events of one order of the shop in lab 03: placed, then items added, as many as asked for. */
final class SampleOrders {

  private SampleOrders() {}

  static List<OrderEvent> events(int count) {
    String order = "order-1";
    List<OrderEvent> events = new ArrayList<>();
    events.add(new OrderPlaced(order, "customer-7", "EUR"));
    for (int index = 1; index < count; index++) {
      events.add(new ItemAdded(order, "sku-" + index, 1 + index % 3, 1_250 + index));
    }
    return List.copyOf(events);
  }
}
