package eventlings.lab04.query;

import eventlings.lab04.write.EventStore;
import eventlings.lab04.write.EventStore.RecordedEvent;
import eventlings.lab04.write.ShopEvent;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

public final class OrderQueries {

  private final EventStore eventStore;

  public OrderQueries(DataSource views) {
    this.eventStore = new EventStore(views);
  }

  // The events know everything: fold them on each request, and the answer is always up to date.
  public Optional<OrderView> findOrder(String orderId) throws SQLException {
    return Optional.ofNullable(replay().orders().get(orderId));
  }

  public List<OrderView> ordersOf(String customerId) throws SQLException {
    Replayed replayed = replay();
    return replayed.customerOf().entrySet().stream()
        .filter(order -> order.getValue().equals(customerId))
        .map(order -> replayed.orders().get(order.getKey()))
        .sorted(Comparator.comparing(OrderView::orderId))
        .toList();
  }

  private record Replayed(Map<String, OrderView> orders, Map<String, String> customerOf) {}

  private Replayed replay() throws SQLException {
    Map<String, String> names = new HashMap<>();
    Map<String, String> customerOf = new HashMap<>();
    Map<String, OrderView> orders = new HashMap<>();
    for (RecordedEvent recorded : eventStore.readAfter(0, Integer.MAX_VALUE)) {
      switch (recorded.event()) {
        case ShopEvent.CustomerRegistered registered -> names.put(registered.customerId(), registered.name());
        case ShopEvent.CustomerRenamed renamed -> {
          names.put(renamed.customerId(), renamed.name());
          customerOf.forEach((orderId, customerId) -> {
            if (customerId.equals(renamed.customerId())) {
              OrderView order = orders.get(orderId);
              orders.put(orderId, new OrderView(orderId, renamed.name(), order.lines(), order.totalCents(), order.status()));
            }
          });
        }
        case ShopEvent.OrderPlaced placed -> {
          customerOf.put(placed.orderId(), placed.customerId());
          orders.put(placed.orderId(), new OrderView(placed.orderId(), names.get(placed.customerId()), List.of(), 0,
              OrderView.Status.PLACED));
        }
        case ShopEvent.ItemAdded added -> {
          OrderView order = orders.get(added.orderId());
          List<OrderView.Line> lines = new ArrayList<>(order.lines());
          lines.add(new OrderView.Line(added.sku(), added.quantity(), added.unitPriceCents()));
          orders.put(added.orderId(), new OrderView(order.orderId(), order.customerName(), List.copyOf(lines),
              order.totalCents() + added.quantity() * added.unitPriceCents(), order.status()));
        }
        case ShopEvent.OrderConfirmed confirmed -> orders.computeIfPresent(confirmed.orderId(), (id, order) ->
            new OrderView(id, order.customerName(), order.lines(), order.totalCents(), OrderView.Status.CONFIRMED));
        case ShopEvent.OrderCancelled cancelled -> orders.computeIfPresent(cancelled.orderId(), (id, order) ->
            new OrderView(id, order.customerName(), order.lines(), order.totalCents(), OrderView.Status.CANCELLED));
      }
    }
    return new Replayed(orders, customerOf);
  }
}
