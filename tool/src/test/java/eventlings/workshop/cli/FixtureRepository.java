package eventlings.workshop.cli;

import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.StarterManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small eventlings checkout for the workshop's tests: lab 00 is complete from the start, lab 01 has three
 * goals over two steps, hints, and a solution. Small on purpose, so that checking it takes well under a second.
 */
final class FixtureRepository {

  static final String COUNTER = "src/main/java/eventlings/lab01/Counter.java";

  static final String STARTER = """
      package eventlings.lab01;

      import java.util.List;

      /** Counts the increments of a counter's history. Steps 1 and 2 are built here. */
      public final class Counter {

        public static int count(List<String> events) {
          // TODO(step 1): count the Incremented events
          throw new UnsupportedOperationException("TODO(step 1): count the Incremented events");
        }

        public static int countUntil(List<String> events, int version) {
          // TODO(step 2): count only the first version events
          throw new UnsupportedOperationException("TODO(step 2): count only the first version events");
        }
      }
      """;

  static final String SOLUTION = """
      package eventlings.lab01;

      import java.util.List;

      /** Counts the increments of a counter's history. Steps 1 and 2 are built here. */
      public final class Counter {

        public static int count(List<String> events) {
          return (int) events.stream().filter("Incremented"::equals).count();
        }

        public static int countUntil(List<String> events, int version) {
          return count(events.subList(0, Math.min(version, events.size())));
        }
      }
      """;

  private static final String GOALS = """
      package eventlings.lab01;

      import static org.assertj.core.api.Assertions.assertThat;

      import eventlings.checkers.Step;
      import java.util.List;
      import java.util.concurrent.TimeUnit;
      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Test;
      import org.junit.jupiter.api.Timeout;

      class CounterTest {

        @Test
        @Step(1)
        @DisplayName("A counter without events is zero")
        void a_counter_without_events_is_zero() {
          assertThat(Counter.count(List.of())).isZero();
        }

        @Test
        @Step(1)
        @DisplayName("Each increment adds one")
        void each_increment_adds_one() {
          assertThat(Counter.count(List.of("Incremented", "Incremented"))).isEqualTo(2);
        }

        @Test
        @Step(2)
        @Timeout(value = 1, unit = TimeUnit.SECONDS)
        @DisplayName("The count at a version ignores later events")
        void the_count_at_a_version_ignores_later_events() {
          assertThat(Counter.countUntil(List.of("Incremented", "Incremented", "Incremented"), 2)).isEqualTo(2);
        }
      }
      """;

  private static final String README = """
      # Lab 01 · Counting

      A counter's state is the number of increments in its history.
      Nothing else is stored.

      **You will learn** to fold events into state · **Time:** 10 minutes · **Slides:** [slides/01-counting.md](../../slides/01-counting.md)

      ## Steps

      ### Step 1: Count the increments
      Open [`Counter.java`](src/main/java/eventlings/lab01/Counter.java) and count.

      Goals:
      - A counter without events is zero
      - Each increment adds one

      ### Step 2: Count up to a version
      Still in [`Counter.java`](src/main/java/eventlings/lab01/Counter.java).

      Goals:
      - The count at a version ignores later events

      ## Going further
      - Count decrements too.
      """;

  private static final String WARMUP = """
      package eventlings.lab00;

      /** Says hello. Step 1 is built here. */
      public final class Greeting {

        public static String hello() {
          return "hello";
        }
      }
      """;

  private static final String WARMUP_GOALS = """
      package eventlings.lab00;

      import static org.assertj.core.api.Assertions.assertThat;

      import eventlings.checkers.Step;
      import org.junit.jupiter.api.DisplayName;
      import org.junit.jupiter.api.Test;

      class GreetingTest {

        @Test
        @Step(1)
        @DisplayName("The greeting says hello")
        void the_greeting_says_hello() {
          assertThat(Greeting.hello()).isEqualTo("hello");
        }
      }
      """;

  private static final String WARMUP_README = """
      # Lab 00 · Warming up

      Say hello.

      **You will learn** to run the workshop · **Time:** 5 minutes

      ## Steps

      ### Step 1: Say hello
      Open [`Greeting.java`](src/main/java/eventlings/lab00/Greeting.java).

      Goals:
      - The greeting says hello

      """;

  private static final String HINTS = """
      # Hints · Lab 01 · Counting

      ## A counter without events is zero

      1. Which events change the count?
      2. Filter the list, then count what is left.

      <details>
      <summary>3. Close to code</summary>

      ```java
      events.stream().filter("Incremented"::equals).count()
      ```

      </details>

      ## Each increment adds one

      1. What does each Incremented add?
      2. Count them all.

      <details>
      <summary>3. Close to code</summary>

      The same count as for zero events.

      </details>

      ## The count at a version ignores later events

      1. Which events make version 2?
      2. The first version events are a sublist.

      <details>
      <summary>3. Close to code</summary>

      `count(events.subList(0, version))`

      </details>
      """;

  private static final String WARMUP_HINTS = """
      # Hints · Lab 00

      ## The greeting says hello

      1. What does it say already?
      2. It already does.

      <details>
      <summary>3. Close to code</summary>

      `return "hello";`

      </details>
      """;

  private FixtureRepository() {}

  /** Writes both labs and their solutions under {@code root}. */
  static Repository writeTo(Path root) {
    write(root.resolve("labs/00-warmup/README.md"), WARMUP_README);
    write(root.resolve("labs/00-warmup/HINTS.md"), WARMUP_HINTS);
    write(root.resolve("labs/00-warmup/src/main/java/eventlings/lab00/Greeting.java"), WARMUP);
    write(root.resolve("labs/00-warmup/src/test/java/eventlings/lab00/GreetingTest.java"), WARMUP_GOALS);
    write(root.resolve("solutions/00-warmup/src/main/java/eventlings/lab00/Greeting.java"), WARMUP);
    write(root.resolve("labs/01-counting/README.md"), README);
    write(root.resolve("labs/01-counting/HINTS.md"), HINTS);
    write(root.resolve("labs/01-counting").resolve(COUNTER), STARTER);
    write(root.resolve("labs/01-counting/src/test/java/eventlings/lab01/CounterTest.java"), GOALS);
    write(root.resolve("solutions/01-counting").resolve(COUNTER), SOLUTION);
    for (String lab : new String[] {"00-warmup", "01-counting"}) {
      Path folder = root.resolve("labs").resolve(lab);
      write(folder.resolve(StarterManifest.FILE),
          String.join("\n", StarterManifest.ofFolder(folder.resolve("src/main/java")).lines()) + "\n");
    }
    return new Repository(root);
  }

  static Lab counting(Repository repository) {
    return repository.lab("01").orElseThrow();
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
