package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.GoalState;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.engine.ChildJvms;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check runs in a JVM that ends afterwards: what a goal leaves running does not slow the next check, and what
 * kills a JVM kills only the check's.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class IsolationTest {

  @TempDir
  Path root;

  private Repository repository;
  private Lab lab;

  @BeforeEach
  void fixture() {
    repository = FixtureRepository.writeTo(root);
    lab = FixtureRepository.counting(repository);
    // These goals hang on purpose: no need to wait the learner's 40 s to see them cut.
    System.setProperty(ChildJvms.STALL_PROPERTY, "12");
  }

  @AfterEach
  void the_learners_limit_again() {
    System.clearProperty(ChildJvms.STALL_PROPERTY);
  }

  @Test
  @DisplayName("A goal that spins ignoring interrupts is timed out, and nothing of it runs after its check")
  void a_spinning_goal_leaves_nothing_running() {
    writeCounter("while (!events.isEmpty() || events.isEmpty()) { Thread.onSpinWait(); } return 0;");

    try (Progress progress = new Progress(repository, true, true)) {
      Progress.Checked first = progress.check(lab);
      assertThat(state(first, "A counter without events is zero")).isEqualTo(GoalState.TIMED_OUT);

      // The JVM that ran it is gone; only the one kept warm for the next check is left, and it runs no goal.
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.current().children().count() <= 1);
      writeCounter("return (int) events.stream().filter(\"Incremented\"::equals).count();");
      Progress.Checked second = progress.check(lab);
      assertThat(state(second, "A counter without events is zero")).isEqualTo(GoalState.DONE);
    }
  }

  @Test
  @DisplayName("A constructor that never returns stops the check with a reason, and the next check runs")
  void a_stuck_constructor_is_cut_by_the_stall_limit() {
    FixtureRepository.write(lab.goalSources().resolve("eventlings/lab01/StuckTest.java"), """
        package eventlings.lab01;

        import eventlings.checkers.Step;
        import org.junit.jupiter.api.DisplayName;
        import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

        class StuckTest {
          StuckTest() {
            while (true) {
              Thread.onSpinWait();
            }
          }

          @Test
          @Step(1)
          @DisplayName("A goal whose set-up never ends")
          void never_runs() {}
        }
        """);

    try (Progress progress = new Progress(repository, true, false)) {
      Progress.Checked checked = progress.check(lab);

      assertThat(checked.stopped()).hasValueSatisfying(why -> assertThat(why).contains("stopped answering"));
      assertThat(checked.results().goals()).filteredOn(goal -> goal.name().equals("A goal whose set-up never ends"))
          .singleElement().satisfies(goal -> {
            assertThat(goal.state()).isEqualTo(GoalState.TIMED_OUT);
            assertThat(goal.detail()).contains("a constructor or static initialiser that never returns");
          });
    }
  }

  @Test
  @DisplayName("Code that calls System.exit or runs out of memory ends only its check, which says so")
  void an_exit_or_out_of_memory_ends_only_the_check() {
    writeCounter("System.exit(3); return 0;");
    try (Progress progress = new Progress(repository, true, false)) {
      Progress.Checked exited = progress.check(lab);
      assertThat(exited.stopped()).hasValueSatisfying(why -> assertThat(why).contains("exit code 3", "System.exit"));
    }

    writeCounter("java.util.List<long[]> hoard = new java.util.ArrayList<>(); while (true) { hoard.add(new long[1 << 20]); }");
    try (Progress progress = new Progress(repository, true, false)) {
      Progress.Checked hoarded = progress.check(lab);
      assertThat(hoarded.stopped()).hasValueSatisfying(why -> assertThat(why).contains("OutOfMemoryError"));
      assertThat(hoarded.results().goals()).as("the goal it happened in says so")
          .anySatisfy(goal -> assertThat(goal.detail()).contains("OutOfMemoryError"));
    }
  }

  private void writeCounter(String countBody) {
    FixtureRepository.write(lab.dir().resolve(FixtureRepository.COUNTER), FixtureRepository.STARTER.replace(
        "    // TODO(step 1): count the Incremented events\n"
            + "    throw new UnsupportedOperationException(\"TODO(step 1): count the Incremented events\");",
        "    " + countBody));
  }

  private static GoalState state(Progress.Checked checked, String goal) {
    List<GoalResult> goals = checked.results().goals();
    return goals.stream().filter(result -> result.name().equals(goal)).findFirst().orElseThrow().state();
  }
}
