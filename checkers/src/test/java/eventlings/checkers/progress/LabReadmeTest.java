package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabReadmeTest {

  static final List<String> README = """
      # Lab 01 · Event sourcing

      A story.

      ## Steps

      ### Step 1: Fold events into a user
      Open [`User.java`](src/main/java/eventlings/lab01/User.java), then [`UserEvent.java`](src/main/java/eventlings/lab01/UserEvent.java).

      Goals:
      - A user is rebuilt from its events
      - A renamed user has the new name

      ### Step 2: Append at an expected version
      Open [`EventStore.java`](src/main/java/eventlings/lab01/EventStore.java).

      Goals:
      - Appending at a stale version is refused

      ## Hints

      ### Step 1
      1. What does a fold start from?
      2. Look at the switch:
         one case per event.
      3. `return switch (event) { ... }`

      ### Step 2
      1. Compare before you append.

      ## Going further
      - Snapshots.
      """.lines().toList();

  @Test
  void steps_goals_files_and_hints_are_read() {
    LabReadme readme = LabReadme.parse(README);

    assertThat(readme.title()).isEqualTo("Lab 01 · Event sourcing");
    assertThat(readme.steps()).extracting(LabReadme.Step::number).containsExactly(1, 2);
    assertThat(readme.step(1).orElseThrow().title()).isEqualTo("Fold events into a user");
    assertThat(readme.step(1).orElseThrow().files())
        .containsExactly("src/main/java/eventlings/lab01/User.java", "src/main/java/eventlings/lab01/UserEvent.java");
    assertThat(readme.step(1).orElseThrow().goals())
        .containsExactly("A user is rebuilt from its events", "A renamed user has the new name");
    assertThat(readme.hintsFor(1)).containsExactly(
        "What does a fold start from?", "Look at the switch: one case per event.", "`return switch (event) { ... }`");
    assertThat(readme.hintsFor(2)).containsExactly("Compare before you append.");
    assertThat(readme.hintsFor(3)).isEmpty();
  }
}
