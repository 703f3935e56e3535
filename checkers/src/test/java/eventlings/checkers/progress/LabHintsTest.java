package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabHintsTest {

  static final List<String> HINTS = """
      # Hints · Lab 01

      One ladder per goal.

      ## A user is rebuilt from its events

      1. What does a fold start from?
      2. Look at the switch:
         one case per event.

      <details>
      <summary>3. Close to code</summary>

      ```java
      return switch (event) {
        case UserCreated created -> new Existing(created.userId());
      };
      ```

      and `rebuild` loops.

      </details>

      ## Appending at a stale version is refused

      1. Which version did the second clerk read?
      """.lines().toList();

  @Test
  void each_goal_has_its_ladder_from_question_to_code() {
    LabHints hints = LabHints.parse(HINTS);

    assertThat(hints.ladderOf("A user is rebuilt from its events")).containsExactly(
        "What does a fold start from?",
        "Look at the switch: one case per event.",
        """
            Close to code:
                return switch (event) {
                  case UserCreated created -> new Existing(created.userId());
                };
            and `rebuild` loops.""");
    assertThat(hints.ladderOf("Appending at a stale version is refused"))
        .containsExactly("Which version did the second clerk read?");
    assertThat(hints.ladderOf("A goal nobody wrote hints for")).isEmpty();
    assertThat(hints.ladders().get("A user is rebuilt from its events").folded()).as("rungs out of sight").isEqualTo(1);
    assertThat(hints.ladders().get("Appending at a stale version is refused").folded()).isZero();
  }
}
