package eventlings.lab02;

import static eventlings.lab02.OrderFixtures.ADD_SPOONS;
import static eventlings.lab02.OrderFixtures.BOB;
import static eventlings.lab02.OrderFixtures.BOBS_ORDER;
import static eventlings.lab02.OrderFixtures.BOB_PLACED;
import static eventlings.lab02.OrderFixtures.CONFIRM;
import static eventlings.lab02.OrderFixtures.CONFIRMED;
import static eventlings.lab02.OrderFixtures.MUGS_ADDED;
import static eventlings.lab02.OrderFixtures.ONE_TEA;
import static eventlings.lab02.OrderFixtures.ONE_TEAPOT;
import static eventlings.lab02.OrderFixtures.ORDER;
import static eventlings.lab02.OrderFixtures.PLACED;
import static eventlings.lab02.OrderFixtures.SPOONS_ADDED;
import static eventlings.lab02.OrderFixtures.TEAPOT_ADDED;
import static eventlings.lab02.OrderFixtures.TEA_ADDED;
import static eventlings.lab02.OrderFixtures.TUESDAY;
import static eventlings.lab02.OrderFixtures.TWO_MUGS;
import static eventlings.lab02.OrderFixtures.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import eventlings.checkers.Step;
import eventlings.lab02.OrderCommand.AddItem;
import eventlings.lab02.OrderCommand.ConfirmOrder;
import eventlings.lab02.OrderCommand.PlaceOrder;
import eventlings.lab02.OrderEvent.OrderConfirmed;
import eventlings.lab02.OrderState.NoOrder;
import eventlings.lab02.OrderState.Open;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {

  private final InMemoryEventStore store = new InMemoryEventStore();
  private final OrderRepository repository = new OrderRepository(store);

  @Test
  @Step(6)
  @DisplayName("Saving appends the uncommitted events at the version loaded, then clears them")
  void saving_appends_the_uncommitted_events_at_the_version_loaded_then_clears_them() {
    store.append(ORDER.stream(), 0, List.of(PLACED, MUGS_ADDED, TEA_ADDED));

    // Alice's order has a stream of 3 events; Bob's has none yet. Both are loaded, then saved in turn.
    OrderAggregate alices = repository.load(ORDER);
    OrderAggregate bobs = repository.load(BOBS_ORDER);

    assertThat(alices.state()).as("Alice's order, loaded from her stream")
        .isEqualTo(new Open(List.of(TWO_MUGS, ONE_TEA)));
    assertThat(alices.version()).as("the version of Alice's order: the events in her stream").isEqualTo(3);
    assertThat(alices.uncommittedEvents()).as("the events Alice's order has to save right after loading").isEmpty();
    assertThat(bobs.state()).as("Bob's order, whose stream was never written").isEqualTo(new NoOrder());

    alices.handle(ADD_SPOONS);
    bobs.handle(new PlaceOrder(BOBS_ORDER, BOB, List.of(ONE_TEAPOT), TUESDAY));
    repository.save(alices);
    repository.save(bobs);

    assertThat(store.read(ORDER.stream())).as("Alice's stream after her save")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED);
    assertThat(store.read(BOBS_ORDER.stream())).as("Bob's stream after his save")
        .containsExactly(BOB_PLACED, TEAPOT_ADDED);
    assertThat(alices.uncommittedEvents()).as("the events Alice's order has to save after saving").isEmpty();
    assertThat(alices.version()).as("the version of Alice's order after saving 1 event").isEqualTo(4);
    assertThat(bobs.version()).as("the version of Bob's order after saving 2 events").isEqualTo(2);

    alices.handle(CONFIRM);
    bobs.handle(new ConfirmOrder(BOBS_ORDER, WEDNESDAY));
    repository.save(bobs);
    repository.save(alices);

    assertThat(store.read(ORDER.stream())).as("Alice's stream after her second save: each event once")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, SPOONS_ADDED, CONFIRMED);
    OrderConfirmed bobsConfirmed = new OrderConfirmed(BOBS_ORDER, List.of(ONE_TEAPOT), 2500, WEDNESDAY);
    assertThat(store.read(BOBS_ORDER.stream())).as("Bob's stream after his second save: each event once")
        .containsExactly(BOB_PLACED, TEAPOT_ADDED, bobsConfirmed);
  }

  @Test
  @Step(6)
  @DisplayName("A save at a version other than the stream's is refused, and changes nothing")
  void a_save_at_a_version_other_than_the_streams_is_refused_and_changes_nothing() {
    store.append(ORDER.stream(), 0, List.of(PLACED, MUGS_ADDED, TEA_ADDED));
    // The clerk confirms Alice's order while Alice, on the website, adds spoons to the same order.
    OrderAggregate atTheTill = repository.load(ORDER);
    OrderAggregate onTheWebsite = repository.load(ORDER);
    atTheTill.handle(CONFIRM);
    onTheWebsite.handle(ADD_SPOONS);
    OrderConfirmed confirmedAtTheTill = new OrderConfirmed(ORDER, List.of(TWO_MUGS, ONE_TEA), 1100, TUESDAY);

    repository.save(atTheTill);

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("the website's save at version 3, after the till took the stream to version 4")
        .isThrownBy(() -> repository.save(onTheWebsite))
        .satisfies(conflict ->
            assertThat(List.of(conflict.stream(), conflict.expectedVersion(), conflict.actualVersion()))
                .as("the conflict's stream, the version the save expected, and the stream's")
                .containsExactly(ORDER.stream(), 3L, 4L));
    assertThat(store.read(ORDER.stream())).as("Alice's stream: no spoons in a confirmed order")
        .containsExactly(PLACED, MUGS_ADDED, TEA_ADDED, confirmedAtTheTill);
    assertThat(onTheWebsite.uncommittedEvents()).as("the events the website's order holds after its refused save")
        .containsExactly(SPOONS_ADDED);
    assertThat(onTheWebsite.version()).as("the version of the website's order after its refused save").isEqualTo(3);

    // Bob's order, rebuilt from a copy of its history that holds his teapot, while the store lost it in a restore
    // from backup: the order expects version 2 of a stream at 1.
    store.append(BOBS_ORDER.stream(), 0, List.of(BOB_PLACED));
    OrderAggregate fromTheCopy = OrderAggregate.fromHistory(BOBS_ORDER, List.of(BOB_PLACED, TEAPOT_ADDED));
    fromTheCopy.handle(new AddItem(BOBS_ORDER, "cosy", 1, 800));

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("a save at version 2 of Bob's stream, which holds 1 event: it would build on a teapot the stream"
            + " never had")
        .isThrownBy(() -> repository.save(fromTheCopy));
    assertThat(store.read(BOBS_ORDER.stream())).as("Bob's stream after the refused save").containsExactly(BOB_PLACED);
  }
}
