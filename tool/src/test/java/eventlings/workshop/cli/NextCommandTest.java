package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.workshop.Repository;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop next}: what is done, and what comes next. */
class NextCommandTest {

  @TempDir
  Path root;

  private Repository repository;

  @BeforeEach
  void fixture() {
    repository = FixtureRepository.writeTo(root);
  }

  @Test
  void after_a_complete_lab_it_introduces_the_next_one() {
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "next");

    assertThat(recorded.output()).isEqualTo("""
        Lab 00-warmup is complete: well done. Next is lab 01-counting.

        Lab 01 · Counting

        A counter's state is the number of increments in its history.
        Nothing else is stored.

        You will learn to fold events into state
        Time: 10 minutes

        Step 1: Count the increments
        Open [`Counter.java`](src/main/java/eventlings/lab01/Counter.java) and count.

        Read labs/01-counting/README.md, then run ./workshop watch 01 and start coding.
        """);
  }

  @Test
  void after_the_lab_last_checked_is_complete_it_moves_on_and_names_earlier_labs_still_open_without_going_back() {
    FixtureRepository.write(repository.lab("00").orElseThrow().dir().resolve("src/main/java/eventlings/lab00/Greeting.java"),
        "package eventlings.lab00;\n\npublic final class Greeting {\n  public static String hello() {\n    return \"hi\";\n  }\n}\n");
    Main.run(repository, Recorded.console().console, "check", "00");
    FixtureRepository.write(FixtureRepository.counting(repository).dir().resolve(FixtureRepository.COUNTER),
        FixtureRepository.SOLUTION);
    Main.run(repository, Recorded.console().console, "check", "01");
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "next");

    assertThat(recorded.output())
        .startsWith("Lab 01-counting is complete: well done, and so is every lab after it.\n")
        .contains("Not complete yet: 00-warmup.", "come back to them whenever you like (./workshop check 00)")
        .doesNotContain("Welcome", "first lab");
  }

  @Test
  void in_a_lab_under_way_it_says_what_remains() {
    FixtureRepository.write(FixtureRepository.counting(repository).dir().resolve(FixtureRepository.COUNTER),
        FixtureRepository.STARTER.replace(
            "throw new UnsupportedOperationException(\"TODO(step 1): count the Incremented events\");", "return 0;"));
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "next");

    assertThat(recorded.output()).isEqualTo("""
        Lab 01-counting is not complete yet: 2 of 3 goals remain.
          [!] Each increment adds one  (step 1, failing)
          [ ] The count at a version ignores later events  (step 2, not started)
        ./workshop check 01 shows the next goal, ./workshop hint 01 helps with it.
        """);
  }
}
