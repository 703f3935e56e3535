package eventlings.lab01;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import eventlings.checkers.Step;
import eventlings.lab01.RacingWriters.Outcome;
import eventlings.lab01.UserEvent.EmailChanged;
import eventlings.lab01.UserEvent.NameChanged;
import eventlings.lab01.UserEvent.UserCreated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventStoreTest {

  private static final String ALICE_STREAM = "user-alice";
  private static final String BOB_STREAM = "user-bob";
  private static final UserId ALICE = new UserId("alice");
  private static final UserId BOB = new UserId("bob");
  private static final Instant SUNDAY = Instant.parse("2025-03-02T09:00:00Z");
  private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");

  private static final UserEvent ALICE_CREATED = new UserCreated(ALICE, "Alice", "alice@example.com", MONDAY);
  private static final UserEvent ALICE_RENAMED = new NameChanged(ALICE, "Alice Martin", TUESDAY);
  private static final UserEvent ALICE_MOVED = new EmailChanged(ALICE, "alice@martin.example", TUESDAY);
  private static final UserEvent ALICE_RENAMED_AGAIN = new NameChanged(ALICE, "Alice Martin-Lee", TUESDAY);
  // Bob's events were recorded after Alice's first, by a clock a day behind: times in a store need not rise.
  private static final UserEvent BOB_CREATED = new UserCreated(BOB, "Bob", "bob@example.com", SUNDAY);
  private static final UserEvent BOB_MOVED = new EmailChanged(BOB, "bob@bob.example", SUNDAY);
  private static final UserEvent BOB_RENAMED = new NameChanged(BOB, "Robert", SUNDAY);

  private final InMemoryEventStore store = new InMemoryEventStore();

  @Test
  @Step(3)
  @DisplayName("A stream reads as every event appended to it, in order, and as empty before the first")
  void a_stream_reads_as_every_event_appended_to_it_in_order_and_as_empty_before_the_first() {
    assertThat(store.read(ALICE_STREAM)).as("a stream never written").isEmpty();

    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED, ALICE_MOVED));

    assertThat(store.read(ALICE_STREAM)).as("after an append of one event, then one of two")
        .containsExactly(ALICE_CREATED, ALICE_RENAMED, ALICE_MOVED);
  }

  @Test
  @Step(3)
  @DisplayName("What was read does not change when more events are appended, and cannot change the stream")
  void what_was_read_does_not_change_when_more_events_are_appended_and_cannot_change_the_stream() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    List<UserEvent> readOnMonday = store.read(ALICE_STREAM);

    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED));

    assertThat(readOnMonday).as("the list read before the second append").containsExactly(ALICE_CREATED);
    List<UserEvent> readOnTuesday = store.read(ALICE_STREAM);
    try {
      readOnTuesday.clear();
    } catch (UnsupportedOperationException refused) {
      // A list that refuses to change is one good answer; a list of the reader's own is another.
    }
    assertThat(store.read(ALICE_STREAM)).as("the stream after a reader cleared the list it read")
        .containsExactly(ALICE_CREATED, ALICE_RENAMED);
  }

  @Test
  @Step(4)
  @DisplayName("Appending at a version other than the stream's is refused with a concurrency conflict")
  void appending_at_a_version_other_than_the_streams_is_refused_with_a_concurrency_conflict() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    // Two clerks both read Alice at version 1; the first one to append wins.
    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED));

    assertRefused(() -> store.append(ALICE_STREAM, 1, List.of(ALICE_MOVED, ALICE_RENAMED_AGAIN)),
        "the second clerk, behind: they read version 1, the stream is at version 2", ALICE_STREAM, 1, 2);
    assertRefused(() -> store.append(ALICE_STREAM, 5, List.of(ALICE_MOVED)),
        "a writer ahead: it expects version 5 of a stream at version 2", ALICE_STREAM, 5, 2);
    assertRefused(() -> store.append(BOB_STREAM, 1, List.of(BOB_MOVED)),
        "a writer who expects version 1 of a stream never written", BOB_STREAM, 1, 0);

    assertThat(store.read(ALICE_STREAM)).as("Alice's stream after the refused appends")
        .containsExactly(ALICE_CREATED, ALICE_RENAMED);
    assertThat(store.read(BOB_STREAM)).as("Bob's stream after the refused append").isEmpty();
  }

  @Test
  @Step(4)
  @DisplayName("Each stream counts its own versions")
  void each_stream_counts_its_own_versions() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED, ALICE_RENAMED));

    store.append(BOB_STREAM, 0, List.of(BOB_CREATED));
    store.append(BOB_STREAM, 1, List.of(BOB_MOVED));
    assertRefused(() -> store.append(BOB_STREAM, 4, List.of(BOB_RENAMED)),
        "Bob's writer expecting version 4, the number of events in the whole store", BOB_STREAM, 4, 2);
    store.append(ALICE_STREAM, 2, List.of(ALICE_MOVED));

    assertThat(store.read(BOB_STREAM)).as("Bob's stream").containsExactly(BOB_CREATED, BOB_MOVED);
    assertThat(store.read(ALICE_STREAM)).as("Alice's stream")
        .containsExactly(ALICE_CREATED, ALICE_RENAMED, ALICE_MOVED);
  }

  @Test
  @Step(4)
  @DisplayName("Of two writers appending at the same version at once, exactly one wins")
  void of_two_writers_appending_at_the_same_version_at_once_exactly_one_wins() throws InterruptedException {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    List<UserEvent> annWrites = List.of(ALICE_RENAMED, ALICE_RENAMED_AGAIN);
    List<UserEvent> benWrites = List.of(ALICE_MOVED, ALICE_RENAMED);

    List<Outcome> outcomes = new RacingWriters(store, ALICE_STREAM, 1, annWrites, benWrites).race();

    assertThat(outcomes).as("what the two appends came to").noneMatch(Outcome.Failed.class::isInstance);
    assertThat(outcomes).as("the writers who appended, both having read version 1: a second one would have"
        + " appended on a state that no longer existed").filteredOn(Outcome.Appended.class::isInstance).hasSize(1);
    Outcome.Appended winner = only(outcomes, Outcome.Appended.class);
    Outcome.Refused loser = only(outcomes, Outcome.Refused.class);
    assertThat(loser.conflict().actualVersion()).as("the version the loser is told the stream is at").isEqualTo(3);
    List<UserEvent> expected = new ArrayList<>(List.of(ALICE_CREATED));
    expected.addAll(winner.events());
    assertThat(store.read(ALICE_STREAM)).as("the stream after the race: the first event, then the winner's")
        .containsExactlyElementsOf(expected);
  }

  @Test
  @Step(5)
  @DisplayName("Replay feeds every event of every stream to a subscriber in append order")
  void replay_feeds_every_event_of_every_stream_to_a_subscriber_in_append_order() {
    store.append(ALICE_STREAM, 0, List.of(ALICE_CREATED));
    store.append(BOB_STREAM, 0, List.of(BOB_CREATED, BOB_MOVED));
    assertThatExceptionOfType(ConcurrencyConflict.class).as("a stale append, which adds nothing")
        .isThrownBy(() -> store.append(ALICE_STREAM, 0, List.of(ALICE_RENAMED_AGAIN)));
    store.append(ALICE_STREAM, 1, List.of(ALICE_RENAMED, ALICE_MOVED));
    List<RecordedEvent> received = new ArrayList<>();

    store.replay(received::add);

    assertThat(received).as("what the subscriber received: positions count the whole store, versions each stream")
        .containsExactly(
        new RecordedEvent(1, ALICE_STREAM, 1, ALICE_CREATED),
        new RecordedEvent(2, BOB_STREAM, 1, BOB_CREATED),
        new RecordedEvent(3, BOB_STREAM, 2, BOB_MOVED),
        new RecordedEvent(4, ALICE_STREAM, 2, ALICE_RENAMED),
        new RecordedEvent(5, ALICE_STREAM, 3, ALICE_MOVED));
  }

  private static <T extends Outcome> T only(List<Outcome> outcomes, Class<T> kind) {
    return outcomes.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
  }

  private static void assertRefused(ThrowingCallable append, String writer, String stream, long expected, long actual) {
    assertThatExceptionOfType(ConcurrencyConflict.class).as(writer)
        .isThrownBy(append)
        .satisfies(conflict -> {
          assertThat(conflict.stream()).as("the conflict's stream, for " + writer).isEqualTo(stream);
          assertThat(conflict.expectedVersion()).as("the conflict's expected version, for " + writer)
              .isEqualTo(expected);
          assertThat(conflict.actualVersion()).as("the conflict's actual version, for " + writer).isEqualTo(actual);
        });
  }
}
