package eventlings.lab04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eventlings.checkers.Step;
import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.faults.ProcessCrash;
import eventlings.checkers.postgres.WithPostgres;
import eventlings.checkers.postgres.WriteGate;
import eventlings.lab04.ShopDatabase.LineRow;
import eventlings.lab04.ShopDatabase.OrderRow;
import eventlings.lab04.projection.OrderViewProjection;
import eventlings.lab04.write.EventStore;
import eventlings.lab04.write.ShopEvent.CustomerRegistered;
import eventlings.lab04.write.ShopEvent.CustomerRenamed;
import eventlings.lab04.write.ShopEvent.ItemAdded;
import eventlings.lab04.write.ShopEvent.OrderCancelled;
import eventlings.lab04.write.ShopEvent.OrderConfirmed;
import eventlings.lab04.write.ShopEvent.OrderPlaced;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class RestartAndRebuildTest {

  private final Postgres postgres;
  private final ShopDatabase shop;
  private final EventStore store;

  RestartAndRebuildTest(Postgres postgres) throws SQLException {
    this.postgres = postgres;
    shop = ShopDatabase.fresh(postgres);
    store = shop.store();
  }

  @Test
  @Step(3)
  @DisplayName("A new projection resumes from the checkpoint and applies no event twice")
  void a_new_projection_resumes_from_the_checkpoint_and_applies_no_event_twice() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new OrderPlaced("order-1", "alice"),
        new ItemAdded("order-1", "mug", 2, 1250));
    shop.projection().catchUp();
    store.append(new ItemAdded("order-1", "tea", 1, 800));

    OrderViewProjection restarted = shop.projection();
    assertThat(restarted.catchUp()).as("events the restarted projection applied").isEqualTo(1);

    assertThat(shop.order("order-1")).as("order-1 after the restart").hasValue(new OrderRow("Alice", 3300, "PLACED"));
    assertThat(shop.lines("order-1")).as("the lines of order-1 after the restart")
        .containsExactly(new LineRow("mug", 2, 1250), new LineRow("tea", 1, 800));
    assertThat(restarted.checkpoint()).as("the checkpoint after the restart").isEqualTo(4);
  }

  @Test
  @Step(3)
  @DisplayName("A crash right after a commit neither repeats nor loses an event")
  void a_crash_right_after_a_commit_neither_repeats_nor_loses_an_event() throws SQLException {
    store.append(new CustomerRegistered("alice", "Alice"), new OrderPlaced("order-1", "alice"));
    shop.projection().catchUp();
    store.append(new ItemAdded("order-1", "mug", 2, 1250), new OrderConfirmed("order-1"));

    // This projection's process dies right after its first commit: what it committed stays, the rest is lost.
    ProcessCrash crash = ProcessCrash.afterFirstCommit(postgres.dataSource());
    OrderViewProjection crashing = new OrderViewProjection(store, crash.dataSource());
    Throwable crashed = catchThrowable(crashing::catchUp);
    assertThat(crashed).as("what catchUp threw as its process died").isNotNull();
    shop.projection().catchUp();

    assertThat(shop.order("order-1")).as("order-1 after the crash and a restart")
        .hasValue(new OrderRow("Alice", 2500, "CONFIRMED"));
    assertThat(shop.lines("order-1")).as("the lines of order-1 after the crash and a restart")
        .containsExactly(new LineRow("mug", 2, 1250));
  }

  @Test
  @Step(3)
  @DisplayName("Two instances of the projection at once apply each event once")
  void two_instances_of_the_projection_at_once_apply_each_event_once() throws Exception {
    store.append(new CustomerRegistered("alice", "Alice"), new OrderPlaced("order-1", "alice"));
    OrderViewProjection first = shop.projection();
    first.catchUp();
    store.append(new ItemAdded("order-1", "mug", 2, 1250));
    // A deploy started a second instance beside the first: both now reach for the same ItemAdded.
    OrderViewProjection second = shop.projection();

    // Holds back every new line of the view, but no read: both instances get as far as they can, every time.
    try (WriteGate gate = postgres.holdBackWritesTo("order_view_lines")) {
      try (BackgroundWork instanceA = BackgroundWork.start("projection A", first::catchUp);
           BackgroundWork instanceB = BackgroundWork.start("projection B", second::catchUp)) {
        try {
          gate.awaitWaiting(instanceA, 2, "the two instances", "applyNext");
        } finally {
          gate.open();
        }
        instanceA.until(() -> !instanceA.isRunning() && !instanceB.isRunning());
      }
    }

    assertThat(shop.lines("order-1")).as("the lines of order-1 after both instances caught up")
        .containsExactly(new LineRow("mug", 2, 1250));
    assertThat(shop.order("order-1")).as("order-1 after both instances caught up")
        .hasValue(new OrderRow("Alice", 2500, "PLACED"));
  }

  @Test
  @Step(4)
  @DisplayName("A rebuild from zero gives the same view, whatever the tables held")
  void a_rebuild_from_zero_gives_the_same_view_whatever_the_tables_held() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new CustomerRegistered("bob", "Bob"),
        new OrderPlaced("order-1", "alice"),
        new ItemAdded("order-1", "mug", 2, 1250),
        new ItemAdded("order-1", "tea", 1, 800),
        new OrderConfirmed("order-1"),
        new OrderPlaced("order-2", "bob"),
        new ItemAdded("order-2", "teapot", 1, 3900),
        new OrderCancelled("order-2", "changed my mind"),
        new CustomerRenamed("alice", "Alice Martin"));
    OrderViewProjection projection = shop.projection();
    projection.catchUp();
    List<String> projectedOnce = shop.everything();
    // Last week's projection had a bug: it lost a line and wrote a wrong total. Its fix is deployed; now rebuild.
    postgres.execute("DELETE FROM order_view_lines WHERE sku = 'tea'; UPDATE order_views SET total_cents = 0");

    projection.rebuild();

    assertThat(shop.everything()).as("the view after the rebuild").containsExactlyElementsOf(projectedOnce);
    assertThat(projection.checkpoint()).as("the checkpoint after the rebuild").isEqualTo(10);
  }
}
