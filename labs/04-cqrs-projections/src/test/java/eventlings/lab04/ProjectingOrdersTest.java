package eventlings.lab04;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class ProjectingOrdersTest {

  private final ShopDatabase shop;
  private final EventStore store;
  private final OrderViewProjection projection;

  ProjectingOrdersTest(Postgres postgres) throws SQLException {
    shop = ShopDatabase.fresh(postgres);
    store = shop.store();
    projection = shop.projection();
  }

  @Test
  @Step(1)
  @DisplayName("Each order gets a view with its customer's name, its lines, its total and its status")
  void each_order_gets_a_view_with_its_customers_name_its_lines_its_total_and_its_status() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new CustomerRegistered("bob", "Bob"),
        new OrderPlaced("order-1", "alice"),
        new OrderPlaced("order-2", "bob"),
        new ItemAdded("order-1", "mug", 2, 1250),
        new ItemAdded("order-2", "teapot", 1, 3900),
        new ItemAdded("order-1", "tea", 1, 800),
        new OrderConfirmed("order-1"),
        new OrderCancelled("order-2", "changed my mind"));

    projection.catchUp();

    assertThat(shop.order("order-1")).as("the view of order-1").hasValue(new OrderRow("Alice", 3300, "CONFIRMED"));
    assertThat(shop.lines("order-1")).as("the lines of order-1")
        .containsExactly(new LineRow("mug", 2, 1250), new LineRow("tea", 1, 800));
    assertThat(shop.order("order-2")).as("the view of order-2").hasValue(new OrderRow("Bob", 3900, "CANCELLED"));
    assertThat(shop.lines("order-2")).as("the lines of order-2").containsExactly(new LineRow("teapot", 1, 3900));
  }

  @Test
  @Step(1)
  @DisplayName("The view at checkpoint N shows what the first N events say, and nothing later")
  void the_view_at_checkpoint_n_shows_what_the_first_n_events_say_and_nothing_later() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new OrderPlaced("order-1", "alice"),
        new CustomerRenamed("alice", "Alice Martin"));

    assertThat(projection.applyNext()).as("applyNext, with three events waiting").isTrue();
    assertThat(projection.applyNext()).as("applyNext, with two events waiting").isTrue();

    assertThat(projection.checkpoint()).as("the checkpoint after two events").isEqualTo(2);
    // The rename is in the store, but the projection has not reached it: the view must not know it yet.
    assertThat(shop.order("order-1")).as("the view of order-1 at checkpoint 2")
        .hasValue(new OrderRow("Alice", 0, "PLACED"));
  }

  @Test
  @Step(2)
  @DisplayName("A customer rename updates every order view that copies the name")
  void a_customer_rename_updates_every_order_view_that_copies_the_name() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new CustomerRegistered("bob", "Bob"),
        new OrderPlaced("order-1", "alice"),
        new OrderPlaced("order-2", "bob"),
        new OrderPlaced("order-3", "alice"),
        new CustomerRenamed("alice", "Alice Martin"));

    projection.catchUp();

    assertThat(shop.order("order-1")).as("Alice's first order").hasValue(new OrderRow("Alice Martin", 0, "PLACED"));
    assertThat(shop.order("order-3")).as("Alice's second order").hasValue(new OrderRow("Alice Martin", 0, "PLACED"));
    assertThat(shop.order("order-2")).as("Bob's order").hasValue(new OrderRow("Bob", 0, "PLACED"));
  }

  @Test
  @Step(2)
  @DisplayName("An order placed after a rename copies the new name")
  void an_order_placed_after_a_rename_copies_the_new_name() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new CustomerRenamed("alice", "Alice Martin"),
        new OrderPlaced("order-1", "alice"));

    projection.catchUp();

    assertThat(shop.order("order-1")).as("the view of order-1").hasValue(new OrderRow("Alice Martin", 0, "PLACED"));
  }
}
