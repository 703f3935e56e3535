package eventlings.lab01;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.lab01.UserEvent.EmailChanged;
import eventlings.lab01.UserEvent.NameChanged;
import eventlings.lab01.UserEvent.UserCreated;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserHistoryTest {

  private static final UserId ALICE = new UserId("alice");
  private static final Instant MONDAY = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2025-03-04T09:00:00Z");
  private static final Instant WEDNESDAY = Instant.parse("2025-03-05T09:00:00Z");
  private static final Instant THURSDAY = Instant.parse("2025-03-06T09:00:00Z");

  // Two renames, so that a fold that keeps the first name, or forgets the email, shows.
  private static final List<UserEvent> HISTORY = List.of(
      new UserCreated(ALICE, "Alice", "alice@example.com", MONDAY),
      new NameChanged(ALICE, "Alice Martin", TUESDAY),
      new EmailChanged(ALICE, "alice@martin.example", WEDNESDAY),
      new NameChanged(ALICE, "Alice Martin-Lee", THURSDAY));

  @Test
  @Step(1)
  @DisplayName("A user is rebuilt by folding the events of their history")
  void a_user_is_rebuilt_by_folding_the_events_of_their_history() {
    assertThat(User.rebuild(HISTORY)).isEqualTo(new User.Existing(ALICE, "Alice Martin-Lee", "alice@martin.example"));
  }

  @Test
  @Step(1)
  @DisplayName("A user without history is in the initial state, not null")
  void a_user_without_history_is_in_the_initial_state_not_null() {
    assertThat(User.rebuild(List.of())).isEqualTo(new User.Initial());
  }

  @Test
  @Step(1)
  @DisplayName("Evolve applies an event as it was recorded, without judging it")
  void evolve_applies_an_event_as_it_was_recorded_without_judging_it() {
    User alice = new User.Existing(ALICE, "Alice", "alice@example.com");
    // Years ago the shop took addresses without an "@", and a bug once saved an empty name. Today's rules cannot
    // undo what happened then.
    EmailChanged addressFromLongAgo = new EmailChanged(ALICE, "alice.at.home", Instant.parse("2019-06-01T10:00:00Z"));
    NameChanged nameFromTheBug = new NameChanged(ALICE, "", Instant.parse("2020-02-01T10:00:00Z"));

    assertThat(User.evolve(alice, addressFromLongAgo)).as("an email without an @, recorded in 2019")
        .isEqualTo(new User.Existing(ALICE, "Alice", "alice.at.home"));
    assertThat(User.evolve(alice, nameFromTheBug)).as("an empty name, recorded in 2020")
        .isEqualTo(new User.Existing(ALICE, "", "alice@example.com"));
  }

  @Test
  @Step(2)
  @DisplayName("The state at version N folds exactly the first N events")
  void the_state_at_version_n_folds_exactly_the_first_n_events() {
    assertThat(User.atVersion(HISTORY, 0)).as("version 0, before the first event").isEqualTo(new User.Initial());
    assertThat(User.atVersion(HISTORY, 1)).as("version 1")
        .isEqualTo(new User.Existing(ALICE, "Alice", "alice@example.com"));
    assertThat(User.atVersion(HISTORY, 2)).as("version 2")
        .isEqualTo(new User.Existing(ALICE, "Alice Martin", "alice@example.com"));
    assertThat(User.atVersion(HISTORY, 4)).as("version 4, the whole history")
        .isEqualTo(new User.Existing(ALICE, "Alice Martin-Lee", "alice@martin.example"));
  }

  @Test
  @Step(2)
  @DisplayName("The state at time T folds every event recorded up to and including T")
  void the_state_at_time_t_folds_every_event_recorded_up_to_and_including_t() {
    assertThat(User.asOf(HISTORY, TUESDAY.minusSeconds(1))).as("a second before the rename")
        .isEqualTo(new User.Existing(ALICE, "Alice", "alice@example.com"));
    assertThat(User.asOf(HISTORY, TUESDAY)).as("the very instant of the rename")
        .isEqualTo(new User.Existing(ALICE, "Alice Martin", "alice@example.com"));
  }

  @Test
  @Step(2)
  @DisplayName("The state at time T is a version the stream really had, even when clocks disagree")
  void the_state_at_time_t_is_a_version_the_stream_really_had_even_when_clocks_disagree() {
    // Ann renamed Alice at 10:01 by her clock. Ben read that version and changed the email right after, but his
    // clock is three minutes slow: his event says 09:59. No one ever saw Alice with the new email and the old name.
    Instant annRenames = Instant.parse("2025-03-04T10:01:00Z");
    Instant benChangesTheEmail = Instant.parse("2025-03-04T09:59:00Z");
    List<UserEvent> history = List.of(
        new UserCreated(ALICE, "Alice", "alice@example.com", MONDAY),
        new NameChanged(ALICE, "Alice Martin", annRenames),
        new EmailChanged(ALICE, "alice@martin.example", benChangesTheEmail));

    assertThat(User.asOf(history, Instant.parse("2025-03-04T10:00:00Z")))
        .as("as of 10:00, before Ann's rename and so before Ben's change, which came after it")
        .isEqualTo(new User.Existing(ALICE, "Alice", "alice@example.com"));
    assertThat(User.asOf(history, Instant.parse("2025-03-04T10:05:00Z"))).as("as of 10:05, after both")
        .isEqualTo(new User.Existing(ALICE, "Alice Martin", "alice@martin.example"));
  }
}
