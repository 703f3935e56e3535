package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ADD_SPOONS;
import static eventlings.lab02.OrderFixtures.CONFIRM;
import static eventlings.lab02.OrderFixtures.CONFIRMED;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ONE_TEA;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACE;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.SPOONS_ADDED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.THREE_SPOONS;
import static eventlings.lab02.OrderFixtures.TWO_MUGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import eventlings.checkers.Step;
import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderRejected.OrderAlreadyConfirmed;
import eventlings.lab02.OrderState.Confirmed;
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

    order.handle(PLACE);

    assertThat(order.state()).as("the state after placing an order with a basket of two lines")
        .isEqualTo(new Open(List.of(TWO_MUGS, ONE_TEA)));
    assertThat(order.uncommittedEvents()).as("the events to save after placing it")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED);

    // Each command is decided on the state the events before it left: the confirmed total counts the spoons.
    order.handle(ADD_SPOONS);
    order.handle(CONFIRM);

    assertThat(order.state()).as("the state after adding spoons and confirming").isEqualTo(new Confirmed());
    assertThat(order.uncommittedEvents()).as("the events to save after adding spoons and confirming")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED);

    assertThatExceptionOfType(OrderAlreadyConfirmed.class)
        .describedAs("adding sugar to the confirmed order: the rules refuse it, and the caller must hear so")
        .isThrownBy(() -> order.handle(new AddItem(ORDER, "sugar", 1, 90)));
    assertThat(order.state()).as("the state after a refused command").isEqualTo(new Confirmed());
    assertThat(order.uncommittedEvents()).as("the events to save after a refused command")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED);
    assertThat(order.version()).as("the version: nothing is saved yet").isZero();
  }

  @Test
  @Step(5)
  @DisplayName("The version counts the events already stored, and only newer ones wait to be saved")
  void the_version_counts_the_events_already_stored_and_only_newer_ones_wait_to_be_saved() {
    OrderAggregate order = OrderAggregate.fromHistory(ORDER, List.of(PLACED, MUGS_ADDED));

    assertThat(order.state()).as("the state rebuilt from a history of a placement and two mugs")
        .isEqualTo(new Open(List.of(TWO_MUGS)));
    assertThat(order.version()).as("the version of an order rebuilt from 2 stored events").isEqualTo(2);
    assertThat(order.uncommittedEvents()).as("the events to save right after the rebuild: all are stored already")
        .isEmpty();

    order.handle(new AddItem(ORDER, "tea", 1, 200));
    order.handle(ADD_SPOONS);

    assertThat(order.uncommittedEvents()).as("the events to save after adding a tea and spoons")
        .containsExactly(TEA_ADDED, SPOONS_ADDED);
    assertThat(order.version()).as("the version before those 2 events are stored").isEqualTo(2);

    order.markCommitted();

    assertThat(order.version()).as("the version once those 2 events are committed too").isEqualTo(4);
    assertThat(order.uncommittedEvents()).as("the events to save once committed").isEmpty();

    order.handle(CONFIRM);

    assertThat(order.uncommittedEvents()).as("the events to save after confirming").containsExactly(CONFIRMED);
    assertThat(order.version()).as("the version, until the confirmation is committed").isEqualTo(4);
  }
}
