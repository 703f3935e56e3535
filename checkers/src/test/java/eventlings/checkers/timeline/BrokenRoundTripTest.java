package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.BoardNote;
import eventlings.checkers.progress.GoalRecorder;
import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabGuide;
import eventlings.checkers.progress.LabHints;
import eventlings.checkers.progress.LabReadme;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.progress.Style;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The timeline as a learner meets it: a broken round trip run as a lab's goals are, and the board it leaves. */
@Tag("infrastructure")
@Timeout(value = 60, unit = TimeUnit.SECONDS) // the goals it launches may be the first to start the servers
class BrokenRoundTripTest {

  private static final LabReadme README = LabReadme.parse("""
      # Lab 05 · The transactional outbox

      ## Steps

      ### Step 1: Charge each order placed
      Open [`Billing.java`](src/main/java/eventlings/lab05/Billing.java).

      Goals:
      - %s
      """.formatted(BrokenRoundTripGoals.GOAL).lines().toList());

  @Test
  void a_consumer_that_commits_before_its_effect_and_throws_shows_the_timeline_on_the_board() throws Exception {
    GoalRecorder recorder = LaunchedGoals.run(BrokenRoundTripGoals.class);

    GoalResult goal = recorder.results().getFirst();
    Throwable failure = recorder.failureOf(goal).orElseThrow();
    BoardNote note = Arrays.stream(failure.getSuppressed()).filter(BoardNote.class::isInstance).map(BoardNote.class::cast)
        .findFirst().orElseThrow();
    List<String> lines = note.lines();
    assertThat(lines.getFirst()).isEqualTo("Timeline of this goal, 6 lines; the first surprise is line 4:");
    assertThat(lines.subList(1, lines.size())).satisfiesExactly(
        line -> assertThat(line).matches("  1  \\S+  db                outbox row 1 inserted \\(order-42, OrderPlaced, .*\\)  tx \\d+"),
        line -> assertThat(line).matches("  2  \\S+  relay             sent orders-\\w+ p0 @0 key=order-42 OrderPlaced"),
        line -> assertThat(line).matches("  3  \\S+  db                outbox row 1 updated: sent_at=\\S+  tx \\d+"),
        line -> assertThat(line).matches("  4  \\S+  billing-consumer  received orders-\\w+ p0 @0 key=order-42 OrderPlaced"
            + "  -> handler threw PaymentDeclined: card declined for order-42"),
        line -> assertThat(line).matches("  5  \\S+  billing-consumer  committed offset 1 on orders-\\w+ p0  \\(before the effect!\\)"),
        line -> assertThat(line).matches("  6  \\S+  billing-consumer  position on orders-\\w+ p0: committed offset 1, end 1"));
    Path file = note.savedTo().orElseThrow();
    assertThat(Files.readString(file)).contains("```mermaid", "sequenceDiagram", "| orders-");

    String board = new Board(Style.PLAIN).lab(new LabResults("05-outbox", "lab", Instant.now(), recorder.results()),
        new LabGuide(Path.of("."), README, LabHints.parse(List.of())), "labs/05-outbox");
    System.out.println(board);
    assertThat(board).contains("why   PaymentDeclined: card declined for order-42", "(before the effect!)",
        "(all of it in " + file + ")");
  }
}
