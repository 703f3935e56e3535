package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.workshop.Repository;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop hint}: one hint deeper each time, then the solution. */
class HintCommandTest {

  @TempDir
  Path root;

  private Repository repository;

  @BeforeEach
  void fixture() {
    repository = FixtureRepository.writeTo(root);
  }

  @Test
  void each_hint_goes_one_level_deeper_until_the_last_one_points_at_the_solution() {
    String first = hint();
    String second = hint();
    String third = hint();

    assertThat(first).isEqualTo("""

        Step 1, goal: A counter without events is zero
          Hint 1 of 3: Which events change the count?
          Hint 2 of 3: Filter the list, then count what is left.
          Still stuck? ./workshop hint 01 shows the next one.
        """);
    assertThat(second)
        .contains("  Hint 3 of 3: events.stream().filter(\"Incremented\"::equals).count()")
        .contains("That was the last hint for step 1: ./workshop diff 01 shows your code next to the solution.");
    assertThat(third).isEqualTo(second);
  }

  @Test
  void hints_follow_the_first_unmet_goal_into_the_next_step() {
    hint();
    FixtureRepository.write(FixtureRepository.counting(repository).dir().resolve(FixtureRepository.COUNTER),
        FixtureRepository.SOLUTION.replace("return count(events.subList(0, Math.min(version, events.size())));",
            "return 0;"));

    assertThat(hint())
        .contains("Step 2, goal: The count at a version ignores later events")
        .contains("  Hint 1 of 1: The first version events are a sublist.")
        .contains("That was the last hint for step 2");
  }

  @Test
  void a_complete_lab_needs_no_hint() {
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "hint", "00");

    assertThat(recorded.output()).contains("Lab 00-warmup is complete", "./workshop diff 00");
  }

  private String hint() {
    Recorded recorded = Recorded.console();
    Main.run(repository, recorded.console, "hint", "01");
    return recorded.output();
  }
}
