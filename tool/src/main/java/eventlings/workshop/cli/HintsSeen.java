package eventlings.workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many hints of each step a learner has seen, so each {@code ./workshop hint} goes one level deeper.
 * Kept in the lab's {@code target/eventlings/hints-seen}, one {@code step<TAB>level} line per step.
 *
 * <p>Hints belong to steps in the README, so the level does too: two goals of one step share their hints.
 * The board always shows the first hint, so a step starts at level 1.
 */
final class HintsSeen {

  private final Path file;
  private final Map<Integer, Integer> levels = new TreeMap<>();

  private HintsSeen(Path file) {
    this.file = file;
  }

  static HintsSeen in(Path file) {
    HintsSeen seen = new HintsSeen(file);
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] cells = line.split("\t");
          if (cells.length == 2 && cells[0].matches("\\d+") && cells[1].matches("\\d+")) {
            seen.levels.put(Integer.parseInt(cells[0]), Integer.parseInt(cells[1]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seen;
  }

  /** The deepest hint of the step seen so far, from 1. */
  int level(int step) {
    return levels.getOrDefault(step, 1);
  }

  /** One level deeper, up to the last hint the step has; returns the new level. */
  int deepen(int step, int hintCount) {
    int level = Math.min(level(step) + 1, Math.max(hintCount, 1));
    levels.put(step, level);
    save();
    return level;
  }

  private void save() {
    List<String> lines = new ArrayList<>();
    levels.forEach((step, level) -> lines.add(step + "\t" + level));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remember the hints seen in " + file, e);
    }
  }
}
