package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ALICE;
import static eventlings.lab02.OrderFixtures.CONFIRMED;
import static eventlings.lab02.OrderFixtures.MONDAY;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.TUESDAY;

import eventlings.checkers.Step;
import eventlings.checkers.decider.Decider;
import eventlings.checkers.decider.DeciderSpec;
import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.ConfirmOrder;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderEvent.ItemAdded;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderEvent.OrderPlaced;
import eventlings.lab02.OrderRejected.EmptyOrderCannotBeConfirmed;
import eventlings.lab02.OrderRejected.OrderAlreadyConfirmed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderDecisionsTest {

  private final DeciderSpec<OrderCommand, OrderEvent, OrderState> order =
      DeciderSpec.of(Decider.of(Order::initialState, Order::decide, Order::evolve));

  @Test
  @Step(3)
  @DisplayName("Placing an order records when it was placed, as the command says")
  void placing_an_order_records_when_it_was_placed_as_the_command_says() {
    order.given()
        .when(new PlaceOrder(ORDER, ALICE, MONDAY))
        .then(new OrderPlaced(ORDER, ALICE, MONDAY));
  }

  @Test
  @Step(3)
  @DisplayName("Adding an item to an open order records the item")
  void adding_an_item_to_an_open_order_records_the_item() {
    order.given(PLACED, MUGS_ADDED)
        .when(new AddItem(ORDER, "tea", 1, 200))
        .then(new ItemAdded(ORDER, "tea", 1, 200));
  }

  @Test
  @Step(3)
  @DisplayName("Confirming an order records its total")
  void confirming_an_order_records_its_total() {
    order.given(PLACED, MUGS_ADDED, TEA_ADDED)
        .when(new ConfirmOrder(ORDER, TUESDAY))
        .then(new OrderConfirmed(ORDER, 2 * 450 + 200, TUESDAY));
  }

  @Test
  @Step(4)
  @DisplayName("Adding an item to a confirmed order is rejected")
  void adding_an_item_to_a_confirmed_order_is_rejected() {
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, CONFIRMED)
        .when(new AddItem(ORDER, "spoon", 1, 150))
        .thenRejectedWith(OrderAlreadyConfirmed.class);
  }

  @Test
  @Step(4)
  @DisplayName("Confirming an empty order is rejected")
  void confirming_an_empty_order_is_rejected() {
    order.given(PLACED)
        .when(new ConfirmOrder(ORDER, TUESDAY))
        .thenRejectedWith(EmptyOrderCannotBeConfirmed.class);
  }
}
