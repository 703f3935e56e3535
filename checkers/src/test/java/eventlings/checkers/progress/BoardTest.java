package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardTest {

  private static final LabReadme README = LabReadme.parse(LabReadmeTest.README);
  private static final LabHints HINTS = LabHints.parse(LabHintsTest.HINTS);

  @TempDir
  Path labDir;

  private LabGuide guide() {
    return new LabGuide(labDir, README, HINTS);
  }

  @Test
  void the_lab_board_shows_progress_in_readme_order_and_the_next_goal_with_file_why_and_first_rung() {
    LabResults results = results(
        goal(2, "Appending at a stale version is refused", GoalState.NOT_STARTED, "TODO(step 2): compare versions"),
        goal(1, "A user is rebuilt from its events", GoalState.FAILING, "expected \"Bob\"\nbut was \"Alice\""),
        goal(1, "A renamed user has the new name", GoalState.DONE, ""));

    String board = new Board(Style.PLAIN).lab(results, guide(), "labs/01-event-sourcing");

    assertThat(board).contains("Lab 01 · Event sourcing  [#######.............]  1 of 3 goals");
    assertThat(board.indexOf("A user is rebuilt")).isLessThan(board.indexOf("A renamed user"));
    assertThat(board).contains("[!] A user is rebuilt from its events  (failing)");
    assertThat(board).contains("[ ] Appending at a stale version is refused  (not started)");
    assertThat(board).contains("Next goal: A user is rebuilt from its events\n"
        + "    open  labs/01-event-sourcing/src/main/java/eventlings/lab01/User.java\n"
        + "    why   expected \"Bob\"\n"
        + "          but was \"Alice\"\n"
        + "    hint  What does a fold start from?\n"
        + "    more  ./workshop hint 01 (a rung per ask), or labs/01-event-sourcing/HINTS.md\n");
    assertThat(board).as("the board never shows a later rung").doesNotContain("one case per event", "switch");
  }

  @Test
  void the_file_to_open_is_where_the_learners_code_failed_when_the_lab_has_it() throws IOException {
    Path failedIn = labDir.resolve("src/main/java/eventlings/lab01/InMemoryEventStore.java");
    Files.createDirectories(failedIn.getParent());
    Files.writeString(failedIn, "class InMemoryEventStore {}");
    GoalResult failing = new GoalResult(1, "UserTest", "m", "A user is rebuilt from its events", GoalState.FAILING,
        Duration.ZERO, "NullPointerException at InMemoryEventStore.java:12", "eventlings/lab01/InMemoryEventStore.java", false);
    GoalResult elsewhere = new GoalResult(1, "UserTest", "m", "A user is rebuilt from its events", GoalState.FAILING,
        Duration.ZERO, "boom", "eventlings/lab01/Gone.java", false);

    assertThat(new Board(Style.PLAIN).lab(results(failing), guide(), "labs/01"))
        .contains("open  labs/01/src/main/java/eventlings/lab01/InMemoryEventStore.java");
    assertThat(new Board(Style.PLAIN).lab(results(elsewhere), guide(), "labs/01"))
        .as("a file the lab does not have falls back to the step's file")
        .contains("open  labs/01/src/main/java/eventlings/lab01/User.java");
  }

  @Test
  void goals_the_run_left_out_show_as_not_run_and_the_lab_is_not_complete() {
    LabResults oneClass = results(goal(1, "A user is rebuilt from its events", GoalState.DONE, ""));

    String board = new Board(Style.PLAIN).lab(oneClass, guide(), "labs/01-event-sourcing");

    assertThat(board).contains("1 of 3 goals", "[?] A renamed user has the new name  (not run)",
        "Next goal: A renamed user has the new name", "why   it did not run last time");
    assertThat(board).doesNotContain("Lab complete");
    assertThat(oneClass.against(README).complete()).isFalse();
    assertThat(oneClass.coversAll(README)).isFalse();
  }

  @Test
  void a_run_without_any_goal_is_never_complete() {
    assertThat(new Board(Style.PLAIN).lab(results(), guide(), "labs/01")).contains("0 of 3 goals").doesNotContain("complete");
    assertThat(results().complete()).isFalse();
  }

  @Test
  void a_complete_lab_points_at_the_solution() {
    LabResults results = results(
        goal(1, "A user is rebuilt from its events", GoalState.DONE, ""),
        goal(1, "A renamed user has the new name", GoalState.DONE, ""),
        goal(2, "Appending at a stale version is refused", GoalState.DONE, ""));

    assertThat(new Board(Style.PLAIN).lab(results, guide(), "labs/01-event-sourcing"))
        .contains("3 of 3 goals", "Lab complete. Compare with the solution: ./workshop diff 01");
  }

  @Test
  void goals_that_cannot_run_here_hold_nobody_back_but_do_not_count_as_done() {
    LabResults results = results(
        goal(1, "A user is rebuilt from its events", GoalState.DONE, ""),
        goal(1, "A renamed user has the new name", GoalState.SKIPPED, "only the embedded broker can be stopped"),
        goal(2, "Appending at a stale version is refused", GoalState.DONE, ""));

    String board = new Board(Style.PLAIN).lab(results, guide(), "labs/01");

    assertThat(board).contains("2 of 3 goals", "[-] A renamed user has the new name  (cannot run here)",
        "Lab complete as far as this machine can tell");
    assertThat(results.complete()).isFalse();
    assertThat(results.settled()).isTrue();
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
  void results_survive_a_round_trip_through_the_results_file_lines_and_all() {
    LabResults results = new LabResults("01-event-sourcing", "lab", Instant.parse("2026-01-01T10:00:00Z"), List.of(
        new GoalResult(1, "eventlings.lab01.UserTest", "m", "A user is rebuilt\tfrom its events", GoalState.TIMED_OUT,
            Duration.ofMillis(5), "line one\nline \\two\twith a tab", "eventlings/lab01/User.java", false)));
    results.writeTo(labDir.resolve("goals.tsv"));

    LabResults read = LabResults.readFrom(labDir.resolve("goals.tsv"));

    assertThat(read.lab()).isEqualTo("01-event-sourcing");
    assertThat(read.goals()).singleElement().satisfies(goal -> {
      assertThat(goal.state()).isEqualTo(GoalState.TIMED_OUT);
      assertThat(goal.name()).isEqualTo("A user is rebuilt from its events");
      assertThat(goal.detail()).isEqualTo("line one\nline \\two\twith a tab");
      assertThat(goal.file()).isEqualTo("eventlings/lab01/User.java");
      assertThat(goal.clean()).isFalse();
    });
    try (var left = Files.list(labDir)) {
      assertThat(left).as("no temporary file is left beside the results").containsExactly(labDir.resolve("goals.tsv"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void a_results_file_of_another_version_or_cut_short_is_refused_not_misread() throws IOException {
    Path old = labDir.resolve("old.tsv");
    Files.writeString(old, "# eventlings goals v1\t01\tlab\t2026-01-01T10:00:00Z\nDONE\t1\t5\tC\tm\tA goal\t\n");
    Path cut = labDir.resolve("cut.tsv");
    Files.writeString(cut, "# eventlings goals v2\t01\tlab\t2026-01-01T10:00:00Z\nDONE\t1\t5\tC\n");

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> LabResults.readFrom(old));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> LabResults.readFrom(cut));
  }

  private static LabResults results(GoalResult... goals) {
    return new LabResults("01-event-sourcing", "lab", Instant.EPOCH, List.of(goals));
  }

  private static GoalResult goal(int step, String name, GoalState state, String detail) {
    return new GoalResult(step, "eventlings.lab01.UserTest", name.replace(' ', '_'), name, state, Duration.ofMillis(5), detail);
  }
}
