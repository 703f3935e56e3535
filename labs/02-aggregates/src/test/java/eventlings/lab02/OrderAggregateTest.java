package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ALICE;
import static eventlings.lab02.OrderFixtures.MONDAY;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ONE_TEA;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.TWO_MUGS;
import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderState.Open;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderAggregateTest {

  @Test
  @Step(5)
  @DisplayName("The aggregate changes its state only by applying the events it decides, and keeps them to save")
  void the_aggregate_changes_its_state_only_by_applying_the_events_it_decides_and_keeps_them_to_save() {
    OrderAggregate order = OrderAggregate.create(ORDER);

    order.handle(new PlaceOrder(ORDER, ALICE, MONDAY));
    order.handle(new AddItem(ORDER, "mug", 2, 450));
    order.handle(new AddItem(ORDER, "tea", 1, 200));

    assertThat(order.uncommittedEvents()).as("uncommitted events").containsExactly(PLACED, MUGS_ADDED, TEA_ADDED);
    assertThat(order.state()).as("state").isEqualTo(new Open(ORDER, List.of(TWO_MUGS, ONE_TEA)));
    assertThat(order.version()).as("version: nothing is saved yet").isZero();
  }
}
