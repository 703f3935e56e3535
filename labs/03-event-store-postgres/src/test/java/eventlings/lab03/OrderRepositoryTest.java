package eventlings.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import eventlings.lab03.Order.Line;
import eventlings.lab03.OrderEvent.ItemAdded;
import eventlings.lab03.OrderEvent.OrderConfirmed;
import eventlings.lab03.OrderEvent.OrderPlaced;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class OrderRepositoryTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T12:00:00Z"), ZoneOffset.UTC);
  private static final String ORDER_ID = "42";

  private final Postgres postgres;
  private final PostgresEventStore store;
  private final OrderRepository orders;

  OrderRepositoryTest(Postgres postgres) {
    this.postgres = postgres;
    this.store = new PostgresEventStore(postgres.dataSource(), new EventTypes(), CLOCK);
    this.orders = new OrderRepository(postgres.dataSource(), store, 3);
  }

  @BeforeEach
  void create_the_tables() {
    postgres.execute("DROP TABLE IF EXISTS events, snapshots");
    EventStoreSchema.create(postgres.dataSource());
  }

  @Test
  @Step(6)
  @DisplayName("An order is snapshotted once N events have piled up since its last snapshot")
  void an_order_is_snapshotted_once_n_events_have_piled_up_since_its_last_snapshot() {
    orders.append(ORDER_ID, 0, List.of(new OrderPlaced(ORDER_ID, "customer-7", "EUR")));
    assertThat(orders.load(ORDER_ID)).as("after 1 event, snapshotting every 3: (version, events replayed)")
        .extracting(LoadedOrder::version, LoadedOrder::replayedEvents).containsExactly(1L, 1);

    orders.append(ORDER_ID, 1, List.of(item("teapot"), item("cup")));
    assertThat(orders.load(ORDER_ID)).as("after 3 events: (version, events replayed after the snapshot)")
        .extracting(LoadedOrder::version, LoadedOrder::replayedEvents).containsExactly(3L, 0);

    orders.append(ORDER_ID, 3, List.of(item("saucer")));
    assertThat(orders.load(ORDER_ID)).as("after 4 events: (version, events replayed after the snapshot)")
        .extracting(LoadedOrder::version, LoadedOrder::replayedEvents).containsExactly(4L, 1);
  }

  @Test
  @Step(6)
  @DisplayName("The latest snapshot plus the events after it equals a replay of the whole stream")
  void the_latest_snapshot_plus_the_events_after_it_equals_a_replay_of_the_whole_stream() {
    orders.append(ORDER_ID, 0, List.of(new OrderPlaced(ORDER_ID, "customer-7", "EUR"), item("teapot"), item("cup")));
    orders.append(ORDER_ID, 3, List.of(item("saucer")));
    orders.append(ORDER_ID, 4, List.of(item("spoon"), item("tray")));
    orders.append(ORDER_ID, 6, List.of(new OrderConfirmed(ORDER_ID, "Ring twice")));
    orders.append("43", 0, List.of(new OrderPlaced("43", "customer-8", "SEK")));

    LoadedOrder loaded = orders.load(ORDER_ID);

    List<OrderEvent> wholeStream = store.read(OrderRepository.streamOf(ORDER_ID));
    assertThat(wholeStream).as("the stream keeps every event, snapshots or not").hasSize(7);
    assertThat(loaded.version()).isEqualTo(7);
    assertThat(loaded.order()).as("loaded from the snapshot and the events after it")
        .isEqualTo(Order.rebuild(wholeStream))
        .isEqualTo(new Order.Placed(ORDER_ID, "customer-7", "EUR",
            List.of(line("teapot"), line("cup"), line("saucer"), line("spoon"), line("tray")), true));
    assertThat(orders.load("43").order()).as("another order, in a stream of its own")
        .isEqualTo(new Order.Placed("43", "customer-8", "SEK", List.of(), false));
  }

  @Test
  @Step(6)
  @DisplayName("An append whose snapshot cannot be saved still succeeds, its events stored")
  void an_append_whose_snapshot_cannot_be_saved_still_succeeds_its_events_stored() {
    // The snapshots' disk is full: PostgreSQL refuses every snapshot row, and nothing else.
    postgres.execute("""
        CREATE OR REPLACE FUNCTION refuse_snapshots() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'no space left for snapshots'; END $$""");
    postgres.execute("""
        CREATE TRIGGER snapshots_full BEFORE INSERT OR UPDATE ON snapshots
        FOR EACH ROW EXECUTE FUNCTION refuse_snapshots()""");
    List<OrderEvent> events = List.of(new OrderPlaced(ORDER_ID, "customer-7", "EUR"), item("teapot"), item("cup"));

    // A snapshot is a cache: losing one costs a longer replay next time, never the command that was decided.
    orders.append(ORDER_ID, 0, events);

    assertThat(store.read(OrderRepository.streamOf(ORDER_ID))).as("the events of the append").isEqualTo(events);
    assertThat(orders.load(ORDER_ID)).as("loaded without a snapshot: (version, events replayed)")
        .extracting(LoadedOrder::version, LoadedOrder::replayedEvents).containsExactly(3L, 3);
  }

  private static OrderEvent item(String sku) {
    return new ItemAdded(ORDER_ID, sku, 2, 1250);
  }

  private static Line line(String sku) {
    return new Line(sku, 2, 1250);
  }
}
