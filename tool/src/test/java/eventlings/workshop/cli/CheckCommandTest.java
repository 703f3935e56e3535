package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.GoalState;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop check}: the board of one lab after compiling and running it in this JVM. */
class CheckCommandTest {

  @TempDir
  Path root;

  private Repository repository;
  private Lab lab;

  @BeforeEach
  void fixture() {
    repository = FixtureRepository.writeTo(root);
    lab = FixtureRepository.counting(repository);
  }

  @Test
  void the_starter_shows_every_goal_not_started_and_the_next_goal_with_its_file_and_hint() {
    Recorded recorded = Recorded.console();

    int status = Main.run(repository, recorded.console, "check", "01");

    assertThat(status).isZero();
    assertThat(recorded.output())
        .contains("Lab 01 · Counting  [....................]  0 of 3 goals")
        .contains("    [ ] A counter without events is zero  (not started)")
        .contains("  Next goal: A counter without events is zero")
        .contains("    open  labs/01-counting/src/main/java/eventlings/lab01/Counter.java")
        .contains("    hint  Which events change the count?")
        .containsPattern("checked in \\d+\\.\\d s");
    assertThat(lab.resultsFile()).isRegularFile();
  }

  @Test
  void a_compile_error_is_shown_by_file_and_line_and_marks_the_lab_as_not_compiling() {
    FixtureRepository.write(lab.dir().resolve(FixtureRepository.COUNTER),
        FixtureRepository.STARTER.replace("public static int count(", "public static int count(oops "));
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "check", "01");

    assertThat(recorded.output())
        .contains("labs/01-counting does not compile:")
        .containsPattern("labs/01-counting/src/main/java/eventlings/lab01/Counter\\.java:8: .+")
        .contains("(" + GoalState.DOES_NOT_COMPILE.label() + ")")
        .doesNotContain("\tat ");
  }

  @Test
  void a_goal_that_hangs_is_cut_and_named_as_timed_out() {
    FixtureRepository.write(lab.dir().resolve(FixtureRepository.COUNTER), FixtureRepository.SOLUTION.replace(
        "return count(events.subList(0, Math.min(version, events.size())));",
        "try { Thread.sleep(30_000); } catch (InterruptedException e) { } return 0;"));
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "check", "01");

    assertThat(recorded.output())
        .contains("Lab 01 · Counting  [#############.......]  2 of 3 goals")
        .contains("    [T] The count at a version ignores later events  (timed out)")
        .contains("why   it did not finish within the time limit");
  }

  @Test
  void without_a_lab_it_checks_the_first_lab_not_complete() {
    Main.run(repository, Recorded.console().console, "check", "00");
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "check");

    assertThat(recorded.output()).contains("Lab 01 · Counting");
  }

  @Test
  void an_unknown_lab_is_answered_with_the_labs_there_are() {
    Recorded recorded = Recorded.console();

    int status = Main.run(repository, recorded.console, "check", "7");

    assertThat(status).isEqualTo(1);
    assertThat(recorded.output()).isEqualTo("There is no lab '7': choose one of 00, 01 (e.g. ./workshop check 00).\n");
  }
}
