package eventlings.checkers.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The board across all labs, from the results each lab's last run saved: what {@code mvn test} at the workshop's
 * root prints last, after every lab's goals have run.
 */
public final class Summary {

  private Summary() {}

  /** {@code java eventlings.checkers.progress.Summary <workshop root>}. */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    List<Path> labs = labsUnder(root);
    Board board = new Board(Style.detect());
    List<Board.LabSummary> rows = labs.stream().map(Summary::row).toList();
    StringBuilder out = new StringBuilder(board.summary(rows));
    // The first lab the learner can still work on: its next goal, as a lab's own board shows it.
    for (Path lab : labs) {
      Optional<LabResults> results = read(lab);
      if (results.isEmpty() || results.get().settled()) {
        continue;
      }
      board.next(results.get(), LabGuide.of(lab), "labs/" + lab.getFileName()).ifPresent(out::append);
      break;
    }
    System.out.print(out);
    System.out.flush();
  }

  /** The lab folders, {@code labs/NN-topic}, in order. */
  static List<Path> labsUnder(Path root) {
    try (Stream<Path> folders = Files.list(root.resolve("labs"))) {
      return folders.filter(Files::isDirectory)
          .filter(folder -> folder.getFileName().toString().matches("\\d\\d-.+"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the labs in " + root.resolve("labs"), e);
    }
  }

  static Board.LabSummary row(Path lab) {
    Path results = resultsFile(lab);
    return new Board.LabSummary(lab.getFileName().toString(), read(lab),
        Files.isRegularFile(results) && changedSince(lab, results));
  }

  private static Path resultsFile(Path lab) {
    return lab.resolve("target/eventlings/goals.tsv");
  }

  /** The lab's saved results as its README lists its goals; none when it has not run, or its file is unreadable. */
  private static Optional<LabResults> read(Path lab) {
    Path results = resultsFile(lab);
    if (!Files.isRegularFile(results)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LabResults.readFrom(results).against(LabGuide.of(lab).readme()));
    } catch (RuntimeException unreadable) {
      // Cut short, or written by an older version of the workshop: as good as not run.
      return Optional.empty();
    }
  }

  /** True when a starter file was saved after the results were taken: the board would be out of date. */
  static boolean changedSince(Path lab, Path results) {
    try (Stream<Path> files = Files.walk(lab.resolve("src/main/java"))) {
      FileTime taken = Files.getLastModifiedTime(results);
      return files.filter(Files::isRegularFile).anyMatch(file -> {
        try {
          return Files.getLastModifiedTime(file).compareTo(taken) > 0;
        } catch (IOException e) {
          return false;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
