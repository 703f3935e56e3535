package eventlings.lab01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import eventlings.checkers.Step;
import eventlings.lab01.UserEvent.EmailChanged;
import eventlings.lab01.UserEvent.NameChanged;
import eventlings.lab01.UserEvent.UserCreated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventStoreTest {

  private static final String ALICE_STREAM = "user-alice";
  private static final String BOB_STREAM = "user-bob";
  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");
  private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");

  private static final UserEvent ALICE_CREATED = new UserCreated(ALICE, "Alice", "alice@example.com", MONDAY);
  private static final UserEvent ALICE_RENAMED = new NameChanged(ALICE, "Alice Martin", TUESDAY);
  private static final UserEvent ALICE_MOVED = new EmailChanged(ALICE, "alice@martin.example", TUESDAY);
  private static final UserEvent BOB_CREATED = new UserCreated(BOB, "Bob", "bob@example.com", MONDAY);
  private static final UserEvent BOB_MOVED = new EmailChanged(BOB, "bob@bob.example", TUESDAY);

  private final InMemoryEventStore store = new InMemoryEventStore();

  @Test
  @Step(3)
  @DisplayName("Appending at the expected version adds the events to the end of the stream")
  void appending_at_the_expected_version_adds_the_events_to_the_end_of_the_stream() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED, ALICE_MOVED));

    assertThat(store.read(ALICE_STREAM)).containsExactly(ALICE_CREATED, ALICE_RENAMED, ALICE_MOVED);
  }

  @Test
  @Step(3)
  @DisplayName("A stream once read does not change when more events are appended")
  void a_stream_once_read_does_not_change_when_more_events_are_appended() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    List<UserEvent> readOnMonday = store.read(ALICE_STREAM);

    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED));

    assertThat(readOnMonday).as("the list read before the second append").containsExactly(ALICE_CREATED);
  }

  @Test
  @Step(4)
  @DisplayName("Appending at a stale version is refused with a concurrency conflict")
  void appending_at_a_stale_version_is_refused_with_a_concurrency_conflict() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    // Two clerks both read Alice at version 1; the first one to append wins.
    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED));

    assertThatExceptionOfType(ConcurrencyConflict.class)
        .describedAs("the second clerk appends at version 1, but the stream is at version 2")
        .isThrownBy(() -> store.append(ALICE_STREAM, 1, List.of(ALICE_MOVED)))
        .satisfies(conflict -> {
          assertThat(conflict.stream()).isEqualTo(ALICE_STREAM);
          assertThat(conflict.expectedVersion()).isEqualTo(1);
          assertThat(conflict.actualVersion()).isEqualTo(2);
        });
    assertThat(store.read(ALICE_STREAM)).as("the stream after the refused append")
        .containsExactly(ALICE_CREATED, ALICE_RENAMED);
  }

  @Test
  @Step(4)
  @DisplayName("Each stream counts its own versions")
  void each_stream_counts_its_own_versions() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED, ALICE_RENAMED));

    store.append(BOB_STREAM, 0, List.of(BOB_CREATED));
    store.append(BOB_STREAM, 1, List.of(BOB_MOVED));

    assertThat(store.read(BOB_STREAM)).containsExactly(BOB_CREATED, BOB_MOVED);
  }

  @Test
  @Step(5)
  @DisplayName("Replay feeds every event of every stream to a subscriber in append order")
  void replay_feeds_every_event_of_every_stream_to_a_subscriber_in_append_order() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    store.append(BOB_STREAM, 0, List.of(BOB_CREATED));
    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED));
    store.append(BOB_STREAM, 1, List.of(BOB_MOVED));
    List<RecordedEvent> received = new ArrayList<>();

    store.replay(received::add);

    assertThat(received).containsExactly(
        new RecordedEvent(1, ALICE_STREAM, 1, ALICE_CREATED),
        new RecordedEvent(2, BOB_STREAM, 1, BOB_CREATED),
        new RecordedEvent(3, ALICE_STREAM, 2, ALICE_RENAMED),
        new RecordedEvent(4, BOB_STREAM, 2, BOB_MOVED));
  }
}
