package eventlings.workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far up each goal's hint ladder a learner has climbed, so each {@code ./workshop hint} shows one rung more.
 * Kept in the lab's {@code target/eventlings/hints-seen}, one {@code goal<TAB>rung} line per goal.
 */
final class HintsSeen {

  private final Path file;
  private final Map<String, Integer> rungs = new TreeMap<>();

  private HintsSeen(Path file) {
    this.file = file;
  }

  static HintsSeen in(Path file) {
    HintsSeen seen = new HintsSeen(file);
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] cells = line.split("\t");
          if (cells.length == 2 && cells[1].matches("\\d+")) {
            seen.rungs.put(cells[0], Integer.parseInt(cells[1]));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seen;
  }

  /** The highest rung of the goal's ladder shown so far; 0 before the first ask. */
  int rung(String goal) {
    return rungs.getOrDefault(goal, 0);
  }

  /** One rung higher, up to the last of {@code ladderSize}; remembered, and returned. */
  int next(String goal, int ladderSize) {
    int rung = Math.min(rung(goal) + 1, Math.max(ladderSize, 1));
    rungs.put(goal, rung);
    save();
    return rung;
  }

  private void save() {
    List<String> lines = new ArrayList<>();
    rungs.forEach((goal, rung) -> lines.add(goal.replace('\t', ' ') + "\t" + rung));
    try {
      Files.createDirectories(file.getParent());
      Path written = Files.createTempFile(file.getParent(), "hints-seen", ".tmp");
      Files.write(written, lines, StandardCharsets.UTF_8);
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not remember the hints seen in " + file, e);
    }
  }
}
