package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.BoardNote;
import eventlings.checkers.progress.GoalRecorder;
import eventlings.checkers.progress.GoalResult;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("infrastructure")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // the goals it launches may be the first to start the servers
class TimelineTest {

  @Test
  void a_failing_goal_tells_its_own_messages_only_and_saves_them() {
    GoalRecorder recorder = LaunchedGoals.run(TimelineGoals.class);

    BoardNote note = noteOf(recorder, "a_goal_that_fails").orElseThrow();
    assertThat(note.lines()).hasSize(2);
    assertThat(note.lines().get(1)).matches("  1  \\S+  test  sent orders-\\w+ p0 @1 key=order-2 OrderCancelled");
    assertThat(note.savedTo()).hasValueSatisfying(file ->
        assertThat(file.toString()).endsWith("target/eventlings/timelines/TimelineGoals-a_goal_that_fails.md"));
  }

  @Test
  void a_goal_cut_by_its_time_limit_gets_its_timeline_too() {
    GoalRecorder recorder = LaunchedGoals.run(TimelineGoals.class);

    assertThat(noteOf(recorder, "a_goal_that_times_out")).hasValueSatisfying(note ->
        assertThat(note.lines().get(1)).matches("  1  \\S+  test  sent orders-\\w+ p0 @2 key=order-5 OrderShipped"));
  }

  @Test
  void goals_that_pass_are_not_written_yet_or_cannot_run_here_get_no_timeline() {
    GoalRecorder recorder = LaunchedGoals.run(TimelineGoals.class);

    assertThat(noteOf(recorder, "a_goal_not_written_yet")).isEmpty();
    assertThat(noteOf(recorder, "a_goal_that_cannot_run_here")).isEmpty();
    assertThat(recorder.results()).filteredOn(goal -> goal.method().equals("a_goal_that_passes"))
        .extracting(goal -> recorder.failureOf(goal)).containsExactly(Optional.empty());
  }

  @Test
  void switched_off_no_goal_gets_a_timeline() {
    GoalRecorder recorder = LaunchedGoals.run(Map.of(Timeline.SWITCH, "off"), TimelineGoals.class);

    assertThat(noteOf(recorder, "a_goal_that_fails")).isEmpty();
  }

  private static Optional<BoardNote> noteOf(GoalRecorder recorder, String method) {
    GoalResult goal = recorder.results().stream().filter(result -> result.method().equals(method)).findFirst().orElseThrow();
    List<Throwable> suppressed = recorder.failureOf(goal).map(failure -> List.of(failure.getSuppressed())).orElse(List.of());
    return suppressed.stream().filter(BoardNote.class::isInstance).map(BoardNote.class::cast).findFirst();
  }
}
