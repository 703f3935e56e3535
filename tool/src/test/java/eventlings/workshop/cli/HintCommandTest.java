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
  void each_ask_shows_exactly_one_more_rung_of_the_goals_ladder_until_the_last_points_at_the_solution() {
    String first = hint();
    String second = hint();
    String third = hint();
    String fourth = hint();

    assertThat(first).isEqualTo("""

        Goal: A counter without events is zero  (step 1)
          Hint 1 of 3: Which events change the count?
          Think it over, try it; still stuck? ./workshop hint 01 gives the next rung.
        """);
    assertThat(second).contains("Hint 2 of 3: Filter the list, then count what is left.").doesNotContain("Hint 1", "Hint 3");
    assertThat(third).contains("Hint 3 of 3: Close to code:\n", "    events.stream().filter(\"Incremented\"::equals).count()")
        .contains("That was the last rung for this goal: ./workshop diff 01 shows your code next to the solution.");
    assertThat(fourth).isEqualTo(third);
  }

  @Test
  void each_goal_climbs_its_own_ladder() {
    hint();
    hint();
    FixtureRepository.write(FixtureRepository.counting(repository).dir().resolve(FixtureRepository.COUNTER),
        FixtureRepository.SOLUTION.replace("return count(events.subList(0, Math.min(version, events.size())));",
            "return 0;"));

    assertThat(hint())
        .contains("Goal: The count at a version ignores later events  (step 2)")
        .contains("Hint 1 of 3: Which events make version 2?");
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
