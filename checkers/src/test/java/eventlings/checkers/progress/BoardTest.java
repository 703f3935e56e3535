package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoardTest {

  private static final LabReadme README = LabReadme.parse(LabReadmeTest.README);

  @Test
  void the_lab_board_shows_progress_in_readme_order_and_the_next_goal_with_file_and_hint() {
    LabResults results = new LabResults("01-event-sourcing", "lab", Instant.EPOCH, List.of(
        goal(2, "Appending at a stale version is refused", GoalState.NOT_STARTED, "TODO(step 2): compare versions"),
        goal(1, "A renamed user has the new name", GoalState.FAILING, "expected \"Bob\" but was \"Alice\""),
        goal(1, "A user is rebuilt from its events", GoalState.DONE, "")));

    String board = new Board(Style.PLAIN).lab(results, README, "labs/01-event-sourcing");

    assertThat(board).contains("Lab 01 · Event sourcing  [#######.............]  1 of 3 goals");
    assertThat(board.indexOf("A user is rebuilt")).isLessThan(board.indexOf("A renamed user"));
    assertThat(board).contains("[!] A renamed user has the new name  (failing)");
    assertThat(board).contains("[ ] Appending at a stale version is refused  (not started)");
    assertThat(board).contains("Next goal: A renamed user has the new name",
        "open  labs/01-event-sourcing/src/main/java/eventlings/lab01/User.java",
        "why   expected \"Bob\" but was \"Alice\"",
        "hint  What does a fold start from?",
        "more  ./workshop hint 01");
  }

  @Test
  void a_complete_lab_points_at_the_solution() {
    LabResults results = new LabResults("01-event-sourcing", "lab", Instant.EPOCH, List.of(
        goal(1, "A user is rebuilt from its events", GoalState.DONE, "")));

    assertThat(new Board(Style.PLAIN).lab(results, README, "labs/01-event-sourcing"))
        .contains("1 of 1 goals", "Lab complete. Compare with the solution: ./workshop diff 01");
  }

  @Test
  void the_summary_counts_every_lab_and_names_the_first_unfinished() {
    LabResults done = new LabResults("00-events-vs-commands", "lab", Instant.EPOCH,
        List.of(goal(1, "a", GoalState.DONE, "")));
    LabResults started = new LabResults("01-event-sourcing", "lab", Instant.EPOCH,
        List.of(goal(1, "a", GoalState.DONE, ""), goal(1, "b", GoalState.FAILING, "")));

    String summary = new Board(Style.PLAIN).summary(List.of(
        new Board.LabSummary("00-events-vs-commands", Optional.of(done), false),
        new Board.LabSummary("01-event-sourcing", Optional.of(started), true),
        new Board.LabSummary("02-aggregates", Optional.empty(), false)));

    assertThat(summary).contains("00-events-vs-commands  [####################]   1 of  1  complete");
    assertThat(summary).contains("your code changed since: run ./workshop check 01");
    assertThat(summary).contains("02-aggregates", "not run yet");
    assertThat(summary).contains("2 of 3 goals done. Next: lab 01-event-sourcing (./workshop check 01)");
  }

  @Test
  void colours_appear_only_in_colour_style() {
    assertThat(Style.PLAIN.symbol(GoalState.DONE)).isEqualTo("[x]");
    assertThat(Style.COLOUR.symbol(GoalState.DONE)).contains("\u001B[32m");
  }

  @Test
  void results_survive_a_round_trip_through_the_results_file(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    LabResults results = new LabResults("01-event-sourcing", "lab", Instant.parse("2026-01-01T10:00:00Z"), List.of(
        goal(1, "A user is rebuilt\tfrom its events", GoalState.TIMED_OUT, "line one\nline two")));
    results.writeTo(dir.resolve("goals.tsv"));

    LabResults read = LabResults.readFrom(dir.resolve("goals.tsv"));

    assertThat(read.lab()).isEqualTo("01-event-sourcing");
    assertThat(read.goals()).singleElement().satisfies(goal -> {
      assertThat(goal.state()).isEqualTo(GoalState.TIMED_OUT);
      assertThat(goal.name()).isEqualTo("A user is rebuilt from its events");
      assertThat(goal.detail()).isEqualTo("line one line two");
    });
  }

  private static GoalResult goal(int step, String name, GoalState state, String detail) {
    return new GoalResult(step, "eventlings.lab01.UserTest", name.replace(' ', '_'), name, state, Duration.ofMillis(5), detail);
  }
}
