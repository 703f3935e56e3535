package eventlings.lab04;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.checkers.async.BackgroundWork;
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
class RunningProjectionTest {

  private final EventStore store;
  private final OrderViewProjection projection;
  private final OrderQueries queries;

  RunningProjectionTest(Postgres postgres) throws SQLException {
    ShopDatabase shop = ShopDatabase.fresh(postgres);
    store = shop.store();
    projection = shop.projection();
    queries = new OrderQueries(postgres.dataSource());
  }

  @Test
  @Step(6)
  @DisplayName("While the projection runs, queries see new events within moments")
  void while_the_projection_runs_queries_see_new_events_within_moments() throws SQLException {
    // Closing interrupts the loop and fails the goal if it does not end: a projection must let its process shut down.
    try (BackgroundWork running = BackgroundWork.start("order view projection", projection::run, projection::stop)) {
      store.append(new CustomerRegistered("alice", "Alice"), new OrderPlaced("order-1", "alice"));
      running.untilAsserted(() -> assertThat(queries.findOrder("order-1")).as("order-1").isPresent());

      store.append(new ItemAdded("order-1", "mug", 2, 1250), new OrderConfirmed("order-1"));
      running.untilAsserted(() -> assertThat(queries.findOrder("order-1")).as("order-1")
          .hasValue(new OrderView("order-1", "Alice", List.of(new Line("mug", 2, 1250)), 2500, Status.CONFIRMED)));

      // An application shuts down by asking: stop() alone, without an interrupt, must end the loop.
      projection.stop();
      running.untilAsserted(() -> assertThat(running.isRunning())
          .as("run() still running after stop() was called").isFalse());
    }
  }
}
