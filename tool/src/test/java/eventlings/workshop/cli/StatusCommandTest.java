package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.GoalState;
import eventlings.checkers.progress.LabResults;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop}: the board of all labs, from saved results where they are current. */
class StatusCommandTest {

  @TempDir
  Path root;

  private Repository repository;

  @BeforeEach
  void fixture() {
    repository = FixtureRepository.writeTo(root);
  }

  @Test
  void saved_results_are_shown_as_they_are_without_running_the_lab() throws Exception {
    save(repository.lab("00").orElseThrow(), goal(1, "The greeting says hello", GoalState.DONE));
    // Results no check could produce: the board must come from the file.
    save(FixtureRepository.counting(repository),
        goal(1, "A counter without events is zero", GoalState.DONE),
        goal(1, "Each increment adds one", GoalState.FAILING),
        goal(2, "The count at a version ignores later events", GoalState.NOT_STARTED));
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console);

    assertThat(recorded.output()).isEqualTo("""

        eventlings progress
          00-warmup    [####################]   1 of  1  complete
          01-counting  [#######.............]   1 of  3
          2 of 4 goals done. Next: lab 01-counting (./workshop check 01)
          Next goal: Each increment adds one
            open  labs/01-counting/src/main/java/eventlings/lab01/Counter.java
            why   expected 2 but was 0
            hint  What does each Incremented add?
            more  ./workshop hint 01 (a rung per ask), or labs/01-counting/HINTS.md
        """);
  }

  @Test
  void labs_without_results_or_changed_since_are_checked_first() throws Exception {
    Lab counting = FixtureRepository.counting(repository);
    save(counting, goal(1, "A counter without events is zero", GoalState.DONE));
    Path counter = counting.dir().resolve(FixtureRepository.COUNTER);
    Files.setLastModifiedTime(counter, FileTime.from(Instant.now().plusSeconds(5)));
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console);

    assertThat(recorded.output())
        .contains("checking labs/00-warmup ...", "checking labs/01-counting ...")
        .contains("  01-counting  [....................]   0 of  3")
        .contains("Next goal: A counter without events is zero");
  }

  private static void save(Lab lab, GoalResult... goals) throws Exception {
    new LabResults(lab.name(), "lab", Instant.now(), List.of(goals)).writeTo(lab.resultsFile());
    // Saved after the last edit, as a run would be.
    Files.setLastModifiedTime(lab.resultsFile(), FileTime.from(Instant.now().plusSeconds(1)));
  }

  private static GoalResult goal(int step, String name, GoalState state) {
    String detail = state == GoalState.FAILING ? "expected 2 but was 0" : "";
    return new GoalResult(step, "eventlings.lab01.CounterTest", "m" + name.length(), name, state, Duration.ofMillis(3), detail);
  }
}
