package eventlings.lab02;

import eventlings.lab02.OrderEvent.ItemAdded;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderEvent.OrderPlaced;
import java.time.Instant;

// Alice's order: placed on Monday, two mugs and a tea added, confirmed on Tuesday.
final class OrderFixtures {

  static final OrderId ORDER = new OrderId("A-1001");
  static final CustomerId ALICE = new CustomerId("alice");
  static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");

  static final OrderLine TWO_MUGS = new OrderLine("mug", 2, 450);
  static final OrderLine ONE_TEA = new OrderLine("tea", 1, 200);

  static final OrderPlaced PLACED = new OrderPlaced(ORDER, ALICE, MONDAY);
  static final ItemAdded MUGS_ADDED = new ItemAdded(ORDER, "mug", 2, 450);
  static final ItemAdded TEA_ADDED = new ItemAdded(ORDER, "tea", 1, 200);
  static final OrderConfirmed CONFIRMED = new OrderConfirmed(ORDER, 1100, TUESDAY);

  private OrderFixtures() {}
}
