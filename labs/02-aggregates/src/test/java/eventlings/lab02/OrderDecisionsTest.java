package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ADD_SPOONS;
import static eventlings.lab02.OrderFixtures.BOB;
import static eventlings.lab02.OrderFixtures.BOBS_ORDER;
import static eventlings.lab02.OrderFixtures.BOB_PLACED;
import static eventlings.lab02.OrderFixtures.CONFIRM;
import static eventlings.lab02.OrderFixtures.CONFIRMED;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ONE_TEAPOT;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACE;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.SPOONS_ADDED;
import static eventlings.lab02.OrderFixtures.TEAPOT_ADDED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.TUESDAY;
import static eventlings.lab02.OrderFixtures.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.checkers.decider.Decider;
import eventlings.checkers.decider.DeciderSpec;
import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.ConfirmOrder;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderEvent.ItemAdded;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderRejected.EmptyOrderCannotBeConfirmed;
import eventlings.lab02.OrderRejected.OrderAlreadyConfirmed;
import eventlings.lab02.OrderRejected.OrderAlreadyPlaced;
import eventlings.lab02.OrderRejected.OrderNotPlaced;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderDecisionsTest {

  private final DeciderSpec<OrderCommand, OrderEvent, OrderState> order =
      DeciderSpec.of(Decider.of(Order::initialState, Order::decide, Order::evolve));

  @Test
  @Step(3)
  @DisplayName("Placing an order and adding an item record what the command says")
  void placing_an_order_and_adding_an_item_record_what_the_command_says() {
    order.given()
        .when(PLACE)
        .then(PLACED, MUGS_ADDED, TEA_ADDED);
    order.given()
        .when(new PlaceOrder(BOBS_ORDER, BOB, List.of(), TUESDAY))
        .then(BOB_PLACED);
    order.given(PLACED, MUGS_ADDED, TEA_ADDED)
        .when(ADD_SPOONS)
        .then(SPOONS_ADDED);
  }

  @Test
  @Step(3)
  @DisplayName("Confirming an order records its lines and their total")
  void confirming_an_order_records_its_lines_and_their_total() {
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED)
        .when(CONFIRM)
        .then(CONFIRMED);
    order.given(BOB_PLACED, TEAPOT_ADDED)
        .when(new ConfirmOrder(BOBS_ORDER, WEDNESDAY))
        .then(new OrderConfirmed(BOBS_ORDER, List.of(ONE_TEAPOT), 2500, WEDNESDAY));
  }

  @Test
  @Step(4)
  @DisplayName("A command is rejected, with its reason, at a stage that forbids it")
  void a_command_is_rejected_with_its_reason_at_a_stage_that_forbids_it() {
    // Never placed: there is nothing to add to, or to confirm.
    OrderNotPlaced notPlaced = order.given()
        .when(ADD_SPOONS)
        .thenRejectedWith(OrderNotPlaced.class);
    assertThat(notPlaced).as("the rejection says which order it refuses").hasMessageContaining(ORDER.value());
    order.given()
        .when(CONFIRM)
        .thenRejectedWith(OrderNotPlaced.class);
    // Placed once, whatever happened since: a second placement would start the order over.
    order.given(PLACED, MUGS_ADDED)
        .when(PLACE)
        .thenRejectedWith(OrderAlreadyPlaced.class);
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED)
        .when(PLACE)
        .thenRejectedWith(OrderAlreadyPlaced.class);
    // Confirmed: the order can no longer change.
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED)
        .when(new AddItem(ORDER, "sugar", 1, 90))
        .thenRejectedWith(OrderAlreadyConfirmed.class);
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED)
        .when(new ConfirmOrder(ORDER, WEDNESDAY))
        .thenRejectedWith(OrderAlreadyConfirmed.class);
  }

  @Test
  @Step(4)
  @DisplayName("Confirming an empty order is rejected, and only an empty one")
  void confirming_an_empty_order_is_rejected_and_only_an_empty_one() {
    order.given(PLACED)
        .when(CONFIRM)
        .thenRejectedWith(EmptyOrderCannotBeConfirmed.class);
    // A free sample costs nothing, and is a line all the same.
    ItemAdded sampleAdded = new ItemAdded(BOBS_ORDER, "tea-sample", 1, 0);
    order.given(BOB_PLACED, sampleAdded)
        .when(new ConfirmOrder(BOBS_ORDER, WEDNESDAY))
        .then(new OrderConfirmed(BOBS_ORDER, List.of(new OrderLine("tea-sample", 1, 0)), 0, WEDNESDAY));
  }
}
