package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ALICE;
import static eventlings.lab02.OrderFixtures.CONFIRMED;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ONE_TEA;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.SPOONS_ADDED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.THREE_SPOONS;
import static eventlings.lab02.OrderFixtures.TWO_MUGS;

import eventlings.checkers.Step;
import eventlings.checkers.decider.Decider;
import eventlings.checkers.decider.DeciderSpec;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderEvent.OrderPlaced;
import eventlings.lab02.OrderState.Confirmed;
import eventlings.lab02.OrderState.Open;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderEvolutionTest {

  private final DeciderSpec<OrderCommand, OrderEvent, OrderState> order =
      DeciderSpec.of(Decider.of(Order::initialState, Order::decide, Order::evolve));

  @Test
  @Step(2)
  @DisplayName("Each event moves the order to its next stage")
  void each_event_moves_the_order_to_its_next_stage() {
    order.given(PLACED).thenState(new Open(List.of()));
    order.given(PLACED, MUGS_ADDED).thenState(new Open(List.of(TWO_MUGS)));
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED)
        .thenState(new Open(List.of(TWO_MUGS, ONE_TEA, THREE_SPOONS)));
    order.given(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED).thenState(new Confirmed());
  }

  @Test
  @Step(2)
  @DisplayName("Evolve applies an old event that today's rules would refuse")
  void evolve_applies_an_old_event_that_todays_rules_would_refuse() {
    // Until 2024 the till confirmed empty orders, to hold a customer's place in the queue, and a double click
    // confirmed an order twice. Those events are in the store; today decide refuses both, but what happened then
    // still happened.
    Instant longAgo = Instant.parse("2023-11-24T08:00:00Z");
    Instant aClickLater = Instant.parse("2023-11-24T08:00:01Z");
    OrderPlaced placed = new OrderPlaced(ORDER, ALICE, longAgo);
    OrderConfirmed confirmedEmpty = new OrderConfirmed(ORDER, List.of(), 0, longAgo);
    OrderConfirmed confirmedAgain = new OrderConfirmed(ORDER, List.of(), 0, aClickLater);

    order.given(placed, confirmedEmpty).thenState(new Confirmed());
    order.given(placed, confirmedEmpty, confirmedAgain).thenState(new Confirmed());
  }
}
