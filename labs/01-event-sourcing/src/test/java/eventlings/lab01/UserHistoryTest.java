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

  private static final List<UserEvent> HISTORY = List.of(
      new UserCreated(ALICE, "Alice", "alice@example.com", MONDAY),
      new NameChanged(ALICE, "Alice Martin", TUESDAY),
      new EmailChanged(ALICE, "alice@martin.example", WEDNESDAY));

  @Test
  @Step(1)
  @DisplayName("A user is rebuilt by folding the events of their history")
  void a_user_is_rebuilt_by_folding_the_events_of_their_history() {
    assertThat(User.rebuild(HISTORY)).isEqualTo(new User.Existing(ALICE, "Alice Martin", "alice@martin.example"));
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
    // Years ago the shop took addresses without an "@". Today's rules cannot undo what happened then.
    EmailChanged fromLongAgo = new EmailChanged(ALICE, "alice.at.home", Instant.parse("2019-06-01T10:00:00Z"));

    assertThat(User.evolve(alice, fromLongAgo)).isEqualTo(new User.Existing(ALICE, "Alice", "alice.at.home"));
  }

  @Test
  @Step(2)
  @DisplayName("The state at version N folds exactly the first N events")
  void the_state_at_version_n_folds_exactly_the_first_n_events() {
    assertThat(User.atVersion(HISTORY, 1)).as("version 1")
        .isEqualTo(new User.Existing(ALICE, "Alice", "alice@example.com"));
    assertThat(User.atVersion(HISTORY, 2)).as("version 2")
        .isEqualTo(new User.Existing(ALICE, "Alice Martin", "alice@example.com"));
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
}
