package eventlings.checkers.timeline;

import eventlings.checkers.timeline.Line.Mark;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A failed goal's timeline: every line in time order, numbered, and the few the board shows. The board centres on
 * the first surprise; without one, on the first repeat; without either, it shows the end, where things stopped.
 */
final class Story {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
  /** Lines of the timeline on the board, besides its heading and the marks of lines left out. */
  static final int MOST_ON_BOARD = 13;
  private static final int BEFORE_FOCUS = 4;
  private static final int WIDEST_ACTOR = 20;

  private final List<Line> lines;
  private final List<String> gaps;

  /**
   * @param lines the lines in any order: they are sorted by time, lines of the same time keeping their order
   * @param gaps what kept the story from being whole, such as a broker that could not be read
   */
  Story(List<Line> lines, List<String> gaps) {
    this.lines = lines.stream().sorted(Comparator.comparing(Line::at)).toList();
    this.gaps = List.copyOf(gaps);
  }

  List<Line> lines() {
    return lines;
  }

  List<String> gaps() {
    return gaps;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /** The index of the line the board centres on, if any line stands out. */
  Optional<Integer> focus() {
    return firstMarked(Mark.SURPRISE).or(() -> firstMarked(Mark.REPEAT));
  }

  private Optional<Integer> firstMarked(Mark mark) {
    return IntStream.range(0, lines.size()).filter(index -> lines.get(index).mark() == mark).boxed().findFirst();
  }

  /** Every line, numbered from 1. */
  List<String> numbered() {
    return numbered(0, lines.size());
  }

  /** What the board shows: a heading, at most {@link #MOST_ON_BOARD} lines around the focus, and the gaps. */
  List<String> board() {
    int from;
    int to;
    Optional<Integer> focus = focus();
    if (lines.size() <= MOST_ON_BOARD) {
      from = 0;
      to = lines.size();
    } else if (focus.isEmpty()) {
      from = lines.size() - MOST_ON_BOARD;
      to = lines.size();
    } else {
      to = Math.min(lines.size(), Math.max(0, focus.get() - BEFORE_FOCUS) + MOST_ON_BOARD);
      from = to - MOST_ON_BOARD;
    }
    List<String> board = new ArrayList<>();
    board.add(heading(focus, from, to));
    if (from > 0) {
      board.add("  ...");
    }
    board.addAll(numbered(from, to));
    if (to < lines.size()) {
      board.add("  ...");
    }
    gaps.forEach(gap -> board.add("(" + gap + ")"));
    return board;
  }

  private String heading(Optional<Integer> focus, int from, int to) {
    String size = lines.size() == 1 ? "1 line" : lines.size() + " lines";
    if (focus.isPresent()) {
      String what = lines.get(focus.get()).mark() == Mark.SURPRISE ? "the first surprise" : "the first repeat";
      return "Timeline of this goal, " + size + "; " + what + " is line " + (focus.get() + 1) + ":";
    }
    return "Timeline of this goal, " + size + (to - from < lines.size() ? ", the last " + (to - from) : "") + ":";
  }

  private List<String> numbered(int from, int to) {
    int width = Math.min(WIDEST_ACTOR,
        lines.subList(from, to).stream().mapToInt(line -> line.actor().length()).max().orElse(0));
    List<String> numbered = new ArrayList<>();
    for (int index = from; index < to; index++) {
      Line line = lines.get(index);
      numbered.add(String.format("%3d  %s  %-" + width + "s  %s%s", index + 1, TIME.format(line.at()), line.actor(),
          line.text(), line.remark().isEmpty() ? "" : "  " + line.remark()));
    }
    return numbered;
  }
}
