package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ALICE;
import static eventlings.lab02.OrderFixtures.CONFIRMED;
import static eventlings.lab02.OrderFixtures.MONDAY;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.TUESDAY;
import static eventlings.lab02.OrderFixtures.TWO_MUGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import eventlings.checkers.Step;
import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.ConfirmOrder;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderState.Open;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final OrderRepository repository = new OrderRepository(store);

  @Test
  @Step(6)
  @DisplayName("Loading an order replays its stream")
  void loading_an_order_replays_its_stream() {
    store.append(ORDER.stream(), 0, List.of(PLACED, MUGS_ADDED));

    OrderAggregate order = repository.load(ORDER);

    assertThat(order.state()).as("state").isEqualTo(new Open(ORDER, List.of(TWO_MUGS)));
    assertThat(order.version()).as("version: the events already in the stream").isEqualTo(2);
    assertThat(order.uncommittedEvents()).as("uncommitted events: nothing new happened").isEmpty();
  }

  @Test
  @Step(6)
  @DisplayName("Saving appends the uncommitted events at the expected version, then clears them")
  void saving_appends_the_uncommitted_events_at_the_expected_version_then_clears_them() {
    OrderAggregate order = repository.load(ORDER);
    order.handle(new PlaceOrder(ORDER, ALICE, MONDAY));
    order.handle(new AddItem(ORDER, "mug", 2, 450));
    order.handle(new AddItem(ORDER, "tea", 1, 200));

    repository.save(order);

    assertThat(store.read(ORDER.stream())).as("the stream after the first save")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED);
    assertThat(order.uncommittedEvents()).as("uncommitted events after saving").isEmpty();
    assertThat(order.version()).as("version after saving").isEqualTo(3);

    order.handle(new ConfirmOrder(ORDER, TUESDAY));
    repository.save(order);

    assertThat(store.read(ORDER.stream())).as("the stream after the second save: each event once")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, CONFIRMED);
  }

  @Test
  @Step(6)
  @DisplayName("A concurrent save is refused with a concurrency conflict")
  void a_concurrent_save_is_refused_with_a_concurrency_conflict() {
    store.append(ORDER.stream(), 0, List.of(PLACED, MUGS_ADDED, TEA_ADDED));
    // The clerk confirms Alice's order while Alice, on the website, adds a spoon to the same order.
    OrderAggregate atTheTill = repository.load(ORDER);
    OrderAggregate onTheWebsite = repository.load(ORDER);
    atTheTill.handle(new ConfirmOrder(ORDER, TUESDAY));
    onTheWebsite.handle(new AddItem(ORDER, "spoon", 1, 150));

    repository.save(atTheTill);

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("the website saves at version 3, but the till already took the stream to version 4")
        .isThrownBy(() -> repository.save(onTheWebsite));
    assertThat(store.read(ORDER.stream())).as("the stream: no spoon in a confirmed order")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, CONFIRMED);
  }
}
