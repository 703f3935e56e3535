package eventlings.checkers.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.progress.FailureReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeciderSpecTest {

  private static final Instant EVENING = Instant.parse("2025-03-03T19:00:00Z");
  private static final Instant NIGHT = Instant.parse("2025-03-03T23:00:00Z");

  sealed interface LampCommand {
    record SwitchOn(Instant now) implements LampCommand {}

    record SwitchOff() implements LampCommand {}
  }

  sealed interface LampEvent {
    record SwitchedOn(Instant at) implements LampEvent {}

    record SwitchedOff() implements LampEvent {}
  }

  sealed interface LampState {
    record Off() implements LampState {}

    record On(Instant since) implements LampState {}
  }

  static final class AlreadyOn extends RuntimeException {
    AlreadyOn() {
      super("the lamp is already on");
    }
  }

  static List<LampEvent> decide(LampCommand command, LampState state) {
    return switch (command) {
      case LampCommand.SwitchOn on -> switch (state) {
        case LampState.Off off -> List.of(new LampEvent.SwitchedOn(on.now()));
        case LampState.On lit -> throw new AlreadyOn();
      };
      case LampCommand.SwitchOff off ->
          state instanceof LampState.On ? List.of(new LampEvent.SwitchedOff()) : List.of();
    };
  }

  static LampState evolve(LampState state, LampEvent event) {
    return switch (event) {
      case LampEvent.SwitchedOn on -> new LampState.On(on.at());
      case LampEvent.SwitchedOff off -> new LampState.Off();
    };
  }

  private final DeciderSpec<LampCommand, LampEvent, LampState> lamp =
      DeciderSpec.of(Decider.of(LampState.Off::new, DeciderSpecTest::decide, DeciderSpecTest::evolve));

  @Test
  @DisplayName("Matching events, rejections, silence and states pass")
  void matching_outcomes_pass() {
    assertThatCode(() -> {
      lamp.given().when(new LampCommand.SwitchOn(EVENING)).then(new LampEvent.SwitchedOn(EVENING));
      lamp.given(new LampEvent.SwitchedOn(EVENING)).when(new LampCommand.SwitchOff()).then(new LampEvent.SwitchedOff());
      lamp.given().when(new LampCommand.SwitchOff()).thenNothingHappens();
      lamp.given(new LampEvent.SwitchedOn(EVENING)).thenState(new LampState.On(EVENING));
      lamp.given(List.of(new LampEvent.SwitchedOn(EVENING), new LampEvent.SwitchedOff()))
          .thenState(new LampState.Off());
    }).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("A rejection is returned, so a goal can check what it says")
  void a_rejection_is_returned() {
    AlreadyOn rejection = lamp.given(new LampEvent.SwitchedOn(EVENING))
        .when(new LampCommand.SwitchOn(NIGHT))
        .thenRejectedWith(AlreadyOn.class);

    assertThat(rejection).hasMessage("the lamp is already on");
  }

  @Test
  @DisplayName("Events with other values name the first value that differs, then tell given, when, expected and actual")
  void other_values_are_named() {
    assertThatThrownBy(() -> lamp.given().when(new LampCommand.SwitchOn(NIGHT)).then(new LampEvent.SwitchedOn(EVENING)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("decide recorded SwitchedOn with at=2025-03-03T23:00:00Z,"
            + " but the goal expects at=2025-03-03T19:00:00Z")
        .hasMessageContainingAll(
            "\n  given     no events",
            "\n  when      SwitchOn[now=2025-03-03T23:00:00Z]",
            "\n  expected  SwitchedOn[at=2025-03-03T19:00:00Z]",
            "\n  actual    SwitchedOn[at=2025-03-03T23:00:00Z]");
  }

  @Test
  @DisplayName("Other events, or none, are named by type")
  void other_events_are_named_by_type() {
    assertThatThrownBy(() -> lamp.given().when(new LampCommand.SwitchOff()).then(new LampEvent.SwitchedOff()))
        .hasMessageStartingWith("decide recorded nothing, but the goal expects SwitchedOff")
        .hasMessageContaining("\n  actual    no events");
    assertThatThrownBy(() -> lamp.given(new LampEvent.SwitchedOn(EVENING))
        .when(new LampCommand.SwitchOff())
        .thenNothingHappens())
        .hasMessageStartingWith("decide recorded SwitchedOff, but the goal expects nothing to happen")
        .hasMessageContaining("\n  given     SwitchedOn[at=2025-03-03T19:00:00Z]");
  }

  @Test
  @DisplayName("A rejection where events were expected, and events where a rejection was expected, both fail")
  void rejections_and_events_are_told_apart() {
    assertThatThrownBy(() -> lamp.given(new LampEvent.SwitchedOn(EVENING))
        .when(new LampCommand.SwitchOn(NIGHT))
        .then(new LampEvent.SwitchedOn(NIGHT)))
        .hasMessageStartingWith("decide threw AlreadyOn: the lamp is already on, but the goal expects SwitchedOn")
        .hasCauseInstanceOf(AlreadyOn.class);
    assertThatThrownBy(() -> lamp.given().when(new LampCommand.SwitchOn(NIGHT)).thenRejectedWith(AlreadyOn.class))
        .hasMessageStartingWith("decide recorded SwitchedOn,"
            + " but the goal expects it to reject the command with AlreadyOn")
        .hasMessageContaining("\n  expected  a rejection with AlreadyOn");
  }

  @Test
  @DisplayName("A state with other values names the first value that differs")
  void another_state_is_named() {
    assertThatThrownBy(() -> lamp.given(new LampEvent.SwitchedOn(NIGHT)).thenState(new LampState.On(EVENING)))
        .hasMessageStartingWith("the given events fold into On with since=2025-03-03T23:00:00Z,"
            + " but the goal expects since=2025-03-03T19:00:00Z");
    assertThatThrownBy(() -> lamp.given(new LampEvent.SwitchedOn(NIGHT)).thenState(new LampState.Off()))
        .hasMessageStartingWith("the given events fold into On, but the goal expects Off");
  }

  @Test
  @DisplayName("A starter's TODO stays the cause, so the board shows the goal as not started")
  void a_todo_stays_visible() {
    Decider<LampCommand, LampEvent, LampState> unwritten = Decider.of(LampState.Off::new,
        (command, state) -> {
          throw new UnsupportedOperationException("TODO(step 2): decide");
        },
        (state, event) -> {
          throw new UnsupportedOperationException("TODO(step 1): evolve");
        });

    Throwable deciding = catchFailure(() -> DeciderSpec.of(unwritten).given()
        .when(new LampCommand.SwitchOn(EVENING)).thenRejectedWith(AlreadyOn.class));
    Throwable folding = catchFailure(() -> DeciderSpec.of(unwritten).given(new LampEvent.SwitchedOn(EVENING))
        .when(new LampCommand.SwitchOff()).thenNothingHappens());

    assertThat(FailureReading.isTodo(deciding)).as("TODO in decide").isTrue();
    assertThat(FailureReading.detailOf(deciding)).startsWith("TODO(step 2): decide");
    assertThat(FailureReading.isTodo(folding)).as("TODO in evolve").isTrue();
    assertThat(folding).hasMessageStartingWith("evolve threw on given event 1, SwitchedOn:"
        + " UnsupportedOperationException: TODO(step 1): evolve\n");
  }

  @Test
  @DisplayName("An evolve that refuses a given event is named, with the event and a reminder that it happened")
  void an_evolve_that_refuses_history_is_named() {
    Decider<LampCommand, LampEvent, LampState> judging = Decider.of(LampState.Off::new, DeciderSpecTest::decide,
        (state, event) -> {
          if (state instanceof LampState.On && event instanceof LampEvent.SwitchedOn) {
            throw new AlreadyOn();
          }
          return evolve(state, event);
        });

    assertThatThrownBy(() -> DeciderSpec.of(judging)
        .given(new LampEvent.SwitchedOn(EVENING), new LampEvent.SwitchedOn(NIGHT))
        .thenState(new LampState.On(NIGHT)))
        .hasMessageStartingWith("evolve threw on given event 2, SwitchedOn: AlreadyOn: the lamp is already on."
            + " A given event has already happened: evolve applies it")
        .hasCauseInstanceOf(AlreadyOn.class);
  }

  record Tally(List<String> marks) {}

  @Test
  @DisplayName("A decide that changes the state it was given is caught")
  void a_decide_that_changes_its_state_is_caught() {
    Decider<String, String, Tally> sneaky = Decider.of(() -> new Tally(new ArrayList<>()),
        (mark, tally) -> {
          tally.marks().add(mark);
          return List.of(mark);
        },
        (tally, mark) -> {
          List<String> marks = new ArrayList<>(tally.marks());
          marks.add(mark);
          return new Tally(marks);
        });

    assertThatThrownBy(() -> DeciderSpec.of(sneaky).given("one").when("two").then("two"))
        .hasMessageStartingWith("decide changed the state it decided on")
        .hasMessageContainingAll("\n  before    Tally[marks=[one]]", "\n  after     Tally[marks=[one, two]]");
  }

  private static Throwable catchFailure(Runnable goal) {
    try {
      goal.run();
    } catch (AssertionError failure) {
      return failure;
    }
    throw new AssertionError("expected the goal to fail");
  }
}
