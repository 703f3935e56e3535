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

      ## Going further
      - Snapshots.
      """.lines().toList();

  @Test
  void steps_goals_and_files_are_read() {
    LabReadme readme = LabReadme.parse(README);

    assertThat(readme.title()).isEqualTo("Lab 01 · Event sourcing");
    assertThat(readme.steps()).extracting(LabReadme.Step::number).containsExactly(1, 2);
    assertThat(readme.step(1).orElseThrow().title()).isEqualTo("Fold events into a user");
    assertThat(readme.step(1).orElseThrow().files())
        .containsExactly("src/main/java/eventlings/lab01/User.java", "src/main/java/eventlings/lab01/UserEvent.java");
    assertThat(readme.step(1).orElseThrow().goals())
        .containsExactly("A user is rebuilt from its events", "A renamed user has the new name");
    assertThat(readme.step(2).orElseThrow().goals()).containsExactly("Appending at a stale version is refused");
  }
}
