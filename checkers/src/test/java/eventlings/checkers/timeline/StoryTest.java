package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.timeline.Line.Arrow;
import eventlings.checkers.timeline.Line.Mark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryTest {

  private static final Instant START = Instant.parse("2026-12-02T12:00:00Z");

  @Test
  void lines_are_told_in_time_order_numbered_with_the_actors_aligned() {
    Story story = new Story(List.of(line(2, "billing", "received"), line(1, "db", "outbox row 1 inserted")), List.of());

    assertThat(story.numbered()).containsExactly(
        "  1  " + Story.TIME.format(START.plusMillis(1)) + "  db       outbox row 1 inserted",
        "  2  " + Story.TIME.format(START.plusMillis(2)) + "  billing  received");
  }

  @Test
  void a_short_story_is_shown_whole() {
    Story story = new Story(lines(5), List.of());

    assertThat(story.board()).hasSize(6).first().isEqualTo("Timeline of this goal, 5 lines:");
  }

  @Test
  void a_long_story_is_shown_around_its_first_surprise_even_after_a_repeat() {
    List<Line> lines = lines(40);
    lines.set(10, lines.get(10).marked(Mark.REPEAT, "(again)"));
    lines.set(20, lines.get(20).marked(Mark.SURPRISE, "-> handler threw"));
    lines.set(30, lines.get(30).marked(Mark.SURPRISE, "(before the effect!)"));

    List<String> board = new Story(lines, List.of()).board();

    assertThat(board.getFirst()).isEqualTo("Timeline of this goal, 40 lines; the first surprise is line 21:");
    assertThat(board.get(1)).isEqualTo("  ...");
    assertThat(board.get(2)).startsWith(" 17  ");
    assertThat(board.get(6)).startsWith(" 21  ").endsWith("-> handler threw");
    assertThat(board.get(board.size() - 2)).startsWith(" 29  ");
    assertThat(board.getLast()).isEqualTo("  ...");
    assertThat(board).hasSize(Story.MOST_ON_BOARD + 3);
  }

  @Test
  void without_a_surprise_the_board_centres_on_the_first_repeat_and_without_either_shows_the_end() {
    List<Line> lines = lines(40);
    assertThat(new Story(lines, List.of()).board()).first().isEqualTo("Timeline of this goal, 40 lines, the last 13:");
    assertThat(new Story(lines, List.of()).board().getLast()).startsWith(" 40  ");

    lines.set(2, lines.get(2).marked(Mark.REPEAT, "(again)"));
    List<String> board = new Story(lines, List.of("the broker could not be read back: timeout")).board();
    assertThat(board.getFirst()).isEqualTo("Timeline of this goal, 40 lines; the first repeat is line 3:");
    assertThat(board.get(1)).startsWith("  1  ");
    assertThat(board.getLast()).isEqualTo("(the broker could not be read back: timeout)");
  }

  @Test
  void the_diagram_draws_messages_as_arrows_the_rest_as_notes_with_safe_names() {
    List<Line> lines = List.of(
        new Line(START, "relay", "sent", Optional.of(new Arrow("relay", "orders-3f9a", "p0 @5 key=a;b #1", false))),
        new Line(START, "billing", "committed", Optional.of(new Arrow("billing", "orders-3f9a", "commit 6", true)))
            .marked(Mark.SURPRISE, "(before the effect!)"),
        new Line(START, "db", "outbox row <17> marked", Optional.empty()));

    assertThat(SequenceDiagram.of(lines)).isEqualTo("""
        sequenceDiagram
          participant P1 as relay
          participant P2 as orders-3f9a
          participant P3 as billing
          participant P4 as db
          P1->>P2: p0 @5 key=a,b no. 1
          P3-->>P2: commit 6
          Note right of P3: (before the effect!)
          Note over P4: outbox row \u203917\u203a marked
        """);
  }

  private static List<Line> lines(int count) {
    return new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(index -> line(index, "relay", "sent @" + index)).toList());
  }

  private static Line line(int millis, String actor, String text) {
    return new Line(START.plusMillis(millis), actor, text, Optional.empty());
  }
}
