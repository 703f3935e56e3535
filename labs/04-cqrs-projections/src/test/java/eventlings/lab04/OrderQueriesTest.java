package eventlings.lab04;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import eventlings.checkers.Step;
import eventlings.checkers.architecture.LabClasses;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import eventlings.lab04.projection.OrderViewProjection;
import eventlings.lab04.query.OrderQueries;
import eventlings.lab04.query.OrderView;
import eventlings.lab04.query.OrderView.Line;
import eventlings.lab04.query.OrderView.Status;
import eventlings.lab04.write.EventStore;
import eventlings.lab04.write.ShopEvent.CustomerRegistered;
import eventlings.lab04.write.ShopEvent.ItemAdded;
import eventlings.lab04.write.ShopEvent.OrderConfirmed;
import eventlings.lab04.write.ShopEvent.OrderPlaced;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class OrderQueriesTest {

  private final Postgres postgres;
  private final EventStore store;
  private final OrderViewProjection projection;
  private final OrderQueries queries;

  OrderQueriesTest(Postgres postgres) throws SQLException {
    this.postgres = postgres;
    ShopDatabase shop = ShopDatabase.fresh(postgres);
    store = shop.store();
    projection = shop.projection();
    queries = new OrderQueries(postgres.dataSource());
  }

  @Test
  @Step(5)
  @DisplayName("Queries answer from the view tables alone")
  void queries_answer_from_the_view_tables_alone() throws SQLException {
    // Not one event in the store: these rows are all the query side may know.
    postgres.execute("""
        INSERT INTO order_views (order_id, customer_id, customer_name, total_cents, status) VALUES
          ('order-1', 'alice', 'Alice', 3300, 'CONFIRMED'),
          ('order-2', 'bob', 'Bob', 3900, 'PLACED'),
          ('order-3', 'alice', 'Alice', 0, 'CANCELLED');
        INSERT INTO order_view_lines (order_id, sku, quantity, unit_price_cents) VALUES
          ('order-1', 'mug', 2, 1250),
          ('order-2', 'teapot', 1, 3900),
          ('order-1', 'tea', 1, 800)""");

    OrderView firstOrder = new OrderView("order-1", "Alice",
        List.of(new Line("mug", 2, 1250), new Line("tea", 1, 800)), 3300, Status.CONFIRMED);
    assertThat(queries.findOrder("order-1")).as("order-1").hasValue(firstOrder);
    assertThat(queries.findOrder("order-9")).as("an order nobody placed").isEmpty();
    assertThat(queries.ordersOf("alice")).as("Alice's orders")
        .containsExactly(firstOrder, new OrderView("order-3", "Alice", List.of(), 0, Status.CANCELLED));
  }

  @Test
  @Step(5)
  @DisplayName("A query sees an event only once the projection has applied it")
  void a_query_sees_an_event_only_once_the_projection_has_applied_it() throws SQLException {
    store.append(
        new CustomerRegistered("alice", "Alice"),
        new OrderPlaced("order-1", "alice"),
        new ItemAdded("order-1", "mug", 2, 1250));
    assertThat(queries.findOrder("order-1")).as("order-1 before the projection ran").isEmpty();

    projection.catchUp();
    assertThat(queries.findOrder("order-1")).as("order-1 once projected")
        .hasValue(new OrderView("order-1", "Alice", List.of(new Line("mug", 2, 1250)), 2500, Status.PLACED));

    store.append(new OrderConfirmed("order-1"));
    assertThat(queries.findOrder("order-1")).map(OrderView::status).as("the status before the projection ran again")
        .hasValue(Status.PLACED);

    projection.catchUp();
    assertThat(queries.findOrder("order-1")).map(OrderView::status).as("the status once projected")
        .hasValue(Status.CONFIRMED);
  }

  @Test
  @Step(5)
  @DisplayName("The query side never touches the write model")
  void the_query_side_never_touches_the_write_model() {
    ArchRule rule = noClasses()
        .that().resideInAPackage("eventlings.lab04.query..")
        .or().haveSimpleNameEndingWith("Queries")
        .or().haveSimpleNameEndingWith("View")
        .should().dependOnClassesThat().resideInAPackage("eventlings.lab04.write..")
        .because("queries answer from the read model alone: the event store and the events belong to the write "
            + "side, and reading them here brings back the cost the view exists to remove");

    rule.check(LabClasses.of("eventlings.lab04"));
  }
}
