package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ONE_TEA;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.THREE_SPOONS;
import static eventlings.lab02.OrderFixtures.TUESDAY;
import static eventlings.lab02.OrderFixtures.TWO_MUGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.tngtech.archunit.core.domain.JavaClasses;
import eventlings.checkers.Step;
import eventlings.checkers.architecture.EventRules;
import eventlings.checkers.architecture.LabClasses;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderMessagesTest {

  @Test
  @Step(1)
  @DisplayName("Order events are named as past facts and order commands as requests")
  void order_events_are_named_as_past_facts_and_order_commands_as_requests() {
    JavaClasses lab = LabClasses.of("eventlings.lab02");

    EventRules.events_are_named_as_past_facts().check(lab);
    EventRules.commands_are_named_as_imperative_requests().check(lab);
  }

  @Test
  @Step(1)
  @DisplayName("An order event cannot change after it happened, not even through a list it holds")
  void an_order_event_cannot_change_after_it_happened_not_even_through_a_list_it_holds() {
    EventRules.events_are_immutable().check(LabClasses.of("eventlings.lab02"));

    // The till hands its own working list to the event, then goes on using that list for the next order.
    List<OrderLine> atTheTill = new ArrayList<>(List.of(TWO_MUGS, ONE_TEA));
    OrderConfirmed confirmed = new OrderConfirmed(ORDER, atTheTill, 1100, TUESDAY);
    atTheTill.add(THREE_SPOONS);

    assertThat(confirmed.lines())
        .as("the lines an OrderConfirmed recorded, read again after the till added spoons to the list it was made"
            + " from: a fact that changed after it happened")
        .containsExactly(TWO_MUGS, ONE_TEA);
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .describedAs("adding a line to the lines an OrderConfirmed returns: a reader of the event could rewrite it")
        .isThrownBy(() -> confirmed.lines().add(THREE_SPOONS));
  }
}
