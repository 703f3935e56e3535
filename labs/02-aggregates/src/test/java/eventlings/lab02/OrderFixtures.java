package eventlings.lab02;

import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.ConfirmOrder;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderEvent.ItemAdded;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderEvent.OrderPlaced;
import java.time.Instant;
import java.util.List;

// Alice checks out two mugs and a tea on Monday, adds three spoons, and the till confirms her order on Tuesday.
// Bob's order runs beside hers, so a mix-up between two orders shows. Quantities and prices differ, so a total that
// forgets a quantity, or a line, comes out wrong.
final class OrderFixtures {

  static final OrderId ORDER = new OrderId("A-1001");
  static final CustomerId ALICE = new CustomerId("alice");
  static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");
  static final Instant WEDNESDAY = Instant.parse("2025-03-05T09:00:00Z");

  static final OrderLine TWO_MUGS = new OrderLine("mug", 2, 450);
  static final OrderLine ONE_TEA = new OrderLine("tea", 1, 200);
  static final OrderLine THREE_SPOONS = new OrderLine("spoon", 3, 150);

  static final PlaceOrder PLACE = new PlaceOrder(ORDER, ALICE, List.of(TWO_MUGS, ONE_TEA), MONDAY);
  static final AddItem ADD_SPOONS = new AddItem(ORDER, "spoon", 3, 150);
  static final ConfirmOrder CONFIRM = new ConfirmOrder(ORDER, TUESDAY);

  static final OrderPlaced PLACED = new OrderPlaced(ORDER, ALICE, MONDAY);
  static final ItemAdded MUGS_ADDED = new ItemAdded(ORDER, "mug", 2, 450);
  static final ItemAdded TEA_ADDED = new ItemAdded(ORDER, "tea", 1, 200);
  static final ItemAdded SPOONS_ADDED = new ItemAdded(ORDER, "spoon", 3, 150);
  static final OrderConfirmed CONFIRMED =
      new OrderConfirmed(ORDER, List.of(TWO_MUGS, ONE_TEA, THREE_SPOONS), 2 * 450 + 200 + 3 * 150, TUESDAY);

  static final OrderId BOBS_ORDER = new OrderId("B-2002");
  static final CustomerId BOB = new CustomerId("bob");
  static final OrderLine ONE_TEAPOT = new OrderLine("teapot", 1, 2500);
  static final OrderPlaced BOB_PLACED = new OrderPlaced(BOBS_ORDER, BOB, TUESDAY);
  static final ItemAdded TEAPOT_ADDED = new ItemAdded(BOBS_ORDER, "teapot", 1, 2500);

  private OrderFixtures() {}
}
