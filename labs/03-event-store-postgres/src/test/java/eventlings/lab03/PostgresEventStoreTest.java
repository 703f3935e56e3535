package eventlings.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import eventlings.checkers.Step;
import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import eventlings.checkers.postgres.WriteGate;
import eventlings.lab03.OrderEvent.ItemAdded;
import eventlings.lab03.OrderEvent.OrderConfirmed;
import eventlings.lab03.OrderEvent.OrderPlaced;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class PostgresEventStoreTest {

  private static final Instant NOON = Instant.parse("2025-03-03T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);

  private static final String ORDER = "order-42";
  private static final OrderEvent PLACED = new OrderPlaced("42", "customer-7", "SEK");
  private static final OrderEvent TEAPOT_ADDED = new ItemAdded("42", "teapot", 1, 2490);
  private static final OrderEvent CUPS_ADDED = new ItemAdded("42", "cup", 4, 650);
  private static final OrderEvent CONFIRMED = new OrderConfirmed("42", "Ring twice");

  private final Postgres postgres;
  private final EventTypes types = new EventTypes();
  private final PostgresEventStore store;

  PostgresEventStoreTest(Postgres postgres) {
    this.postgres = postgres;
    this.store = new PostgresEventStore(postgres.dataSource(), types, CLOCK);
  }

  @BeforeEach
  void create_the_tables() {
    postgres.execute("DROP TABLE IF EXISTS events, snapshots");
    EventStoreSchema.create(postgres.dataSource());
  }

  @Test
  @Step(3)
  @DisplayName("Appended events read back from their stream in order, as they were written")
  void appended_events_read_back_from_their_stream_in_order_as_they_were_written() throws SQLException {
    store.append(ORDER, 0, List.of(PLACED));
    store.append("order-43", 0, List.of(new OrderPlaced("43", "customer-8", "EUR")));
    store.append(ORDER, 1, List.of(TEAPOT_ADDED, CONFIRMED));

    assertThat(store.read(ORDER)).as("the whole stream").containsExactly(PLACED, TEAPOT_ADDED, CONFIRMED);
    assertThat(store.read(ORDER, 1)).as("the stream after version 1").containsExactly(TEAPOT_ADDED, CONFIRMED);
    assertThat(store.read("order-never-placed")).as("a stream never written").isEmpty();
    // Each row says how to read its data: the name and the version of the shape, as the registry gave them.
    assertThat(namesAndShapesOf(ORDER)).as("type and type_version of the rows of " + ORDER)
        .containsExactly(tuple("OrderPlaced", 2), tuple("ItemAdded", 1), tuple("OrderConfirmed", 1));
  }

  @Test
  @Step(3)
  @DisplayName("Text that looks like SQL is stored as data and read back intact")
  void text_that_looks_like_sql_is_stored_as_data_and_read_back_intact() {
    String stream = "order-o'brien";
    OrderEvent placed = new OrderPlaced("o'brien", "Zoë O'Brien", "EUR");
    OrderEvent confirmed = new OrderConfirmed("o'brien", "Leave it with Mrs O'Neil'); DROP TABLE events; --");

    store.append(stream, 0, List.of(placed, confirmed));

    assertThat(store.read(stream)).containsExactly(placed, confirmed);
  }

  @Test
  @Step(3)
  @DisplayName("Reading all after a position returns the later events of every stream in position order, not clock order")
  void reading_all_after_a_position_returns_the_later_events_of_every_stream_in_commit_order_not_clock_order() {
    store.append("order-41", 0, List.of(new OrderPlaced("41", "customer-6", "EUR")));
    long alreadySeen = store.readAll(0).getLast().position();
    // Two servers append in turn, and the clock of the second runs five seconds behind.
    PostgresEventStore serverA = new PostgresEventStore(postgres.dataSource(), types, CLOCK);
    PostgresEventStore serverB = new PostgresEventStore(postgres.dataSource(), types,
        Clock.fixed(NOON.minusSeconds(5), ZoneOffset.UTC));
    OrderEvent otherPlaced = new OrderPlaced("43", "customer-8", "EUR");

    serverA.append(ORDER, 0, List.of(PLACED));
    serverB.append("order-43", 0, List.of(otherPlaced));
    serverA.append(ORDER, 1, List.of(TEAPOT_ADDED));

    List<RecordedEvent> later = store.readAll(alreadySeen);
    assertThat(later).extracting(RecordedEvent::stream, RecordedEvent::version, RecordedEvent::event)
        .as("stream, version and event of everything after position %d", alreadySeen)
        .containsExactly(tuple(ORDER, 1L, PLACED), tuple("order-43", 1L, otherPlaced), tuple(ORDER, 2L, TEAPOT_ADDED));
    assertThat(later).extracting(RecordedEvent::position).as("positions").isSorted().doesNotHaveDuplicates();
    assertThat(later).extracting(RecordedEvent::recordedAt).as("when each server's clock says it recorded them")
        .containsExactly(NOON, NOON.minusSeconds(5), NOON);
  }

  @Test
  @Step(4)
  @DisplayName("Appending at any version but the stream's is refused with a concurrency conflict")
  void appending_at_any_version_but_the_streams_is_refused_with_a_concurrency_conflict() {
    store.append(ORDER, 0, List.of(PLACED));
    // Two clerks both read the order at version 1; the first one to append wins.
    store.append(ORDER, 1, List.of(TEAPOT_ADDED));

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("the second clerk appends at version 1, but the stream is at version 2")
        .isThrownBy(() -> store.append(ORDER, 1, List.of(CUPS_ADDED)))
        .satisfies(conflict -> {
          assertThat(conflict.stream()).isEqualTo(ORDER);
          assertThat(conflict.expectedVersion()).isEqualTo(1);
          assertThat(conflict.actualVersion()).isEqualTo(2);
        });
    assertThat(store.read(ORDER)).as("the stream after the refused append").containsExactly(PLACED, TEAPOT_ADDED);

    // A writer that believes the order is at version 5 when it is at 2 would leave versions 3 to 5 empty for ever.
    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("appending at version 5 to a stream at version 2")
        .isThrownBy(() -> store.append(ORDER, 5, List.of(CUPS_ADDED, CONFIRMED)))
        .satisfies(conflict -> assertThat(conflict.actualVersion()).as("the version the stream is really at")
            .isEqualTo(2));
    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("appending at version 1 to a stream never written")
        .isThrownBy(() -> store.append("order-never-placed", 1, List.of(CUPS_ADDED)))
        .satisfies(conflict -> assertThat(conflict.actualVersion()).as("the version the stream is really at")
            .isZero());
    assertThat(store.read(ORDER)).as("the stream after the refused appends").containsExactly(PLACED, TEAPOT_ADDED);
    assertThat(store.read("order-never-placed")).as("the stream never written").isEmpty();
  }

  @Test
  @Step(4)
  @DisplayName("Of two appends at the same version at the same moment, exactly one wins and nothing is lost")
  void of_two_appends_at_the_same_version_at_the_same_moment_exactly_one_wins_and_nothing_is_lost() throws Exception {
    store.append(ORDER, 0, List.of(PLACED));
    // Two servers, each with its own store, both read the order at version 1 and append at once.
    PostgresEventStore serverA = new PostgresEventStore(postgres.dataSource(), types, CLOCK);
    PostgresEventStore serverB = new PostgresEventStore(postgres.dataSource(), types, CLOCK);
    Map<OrderEvent, Boolean> appended = new ConcurrentHashMap<>();

    // Holds back every insert into events, but no read: both servers get as far as their insert, every time.
    try (WriteGate gate = postgres.holdBackWritesTo("events")) {
      try (BackgroundWork first = BackgroundWork.start("server A",
               () -> appendAtVersion1(serverA, TEAPOT_ADDED, appended));
           BackgroundWork second = BackgroundWork.start("server B",
               () -> appendAtVersion1(serverB, CUPS_ADDED, appended))) {
        try {
          gate.awaitWaiting(first, 2, "the two appends", "append");
        } finally {
          gate.open();
        }
        first.until(() -> appended.size() == 2);
      }
    }

    assertThat(appended.values()).as("appends that went through (true) or were refused (false)")
        .containsExactlyInAnyOrder(true, false);
    OrderEvent winner = appended.get(TEAPOT_ADDED) ? TEAPOT_ADDED : CUPS_ADDED;
    OrderEvent refused = winner == TEAPOT_ADDED ? CUPS_ADDED : TEAPOT_ADDED;
    assertThat(store.read(ORDER)).as("the stream after the race").containsExactly(PLACED, winner);
    // The refused server was told, so its event is not lost: it reads again, decides again, and appends.
    store.append(ORDER, 2, List.of(refused));
    assertThat(store.read(ORDER)).as("the stream after the retry").containsExactly(PLACED, winner, refused);
  }

  @Test
  @Step(5)
  @DisplayName("An OrderPlaced stored before currencies existed reads as today's OrderPlaced, in euros")
  void an_order_placed_stored_before_currencies_existed_reads_as_todays_order_placed_in_euros() throws SQLException {
    try (Connection connection = postgres.connection();
         PreparedStatement insert = connection.prepareStatement("""
             INSERT INTO events (stream_id, version, type, type_version, data, recorded_at)
             VALUES ('order-2019-17', 1, 'OrderPlaced', 1, CAST(? AS jsonb), ?)""")) {
      insert.setString(1, "{\"orderId\": \"2019-17\", \"customerId\": \"customer-7\"}");
      insert.setObject(2, OffsetDateTime.parse("2019-05-02T10:00:00Z"));
      insert.executeUpdate();
    }

    assertThat(store.read("order-2019-17")).containsExactly(new OrderPlaced("2019-17", "customer-7", "EUR"));
  }

  private List<Tuple> namesAndShapesOf(String stream) throws SQLException {
    try (Connection connection = postgres.connection();
         PreparedStatement select = connection.prepareStatement(
             "SELECT type, type_version FROM events WHERE stream_id = ? ORDER BY version")) {
      select.setString(1, stream);
      try (ResultSet rows = select.executeQuery()) {
        List<Tuple> found = new ArrayList<>();
        while (rows.next()) {
          found.add(tuple(rows.getString("type"), rows.getInt("type_version")));
        }
        return found;
      }
    }
  }

  private static void appendAtVersion1(PostgresEventStore server, OrderEvent event, Map<OrderEvent, Boolean> appended) {
    try {
      server.append(ORDER, 1, List.of(event));
      appended.put(event, true);
    } catch (ConcurrencyConflict conflict) {
      appended.put(event, false);
    }
  }
}
