package eventlings.workshop;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.LabGuide;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The board across all labs, from the results each lab's last run saved. Printed at the end of {@code mvn test}. */
public final class Summary {

  private Summary() {}

  public static void main(String[] args) {
    Repository repository = new Repository(Path.of(args.length > 0 ? args[0] : "."));
    System.out.print(new Board(Style.detect()).summary(rows(repository)));
  }

  public static List<Board.LabSummary> rows(Repository repository) {
    return repository.labs().stream().map(Summary::row).toList();
  }

  static Board.LabSummary row(Lab lab) {
    Path results = lab.resultsFile();
    if (!Files.isRegularFile(results)) {
      return new Board.LabSummary(lab.name(), Optional.empty(), false);
    }
    try {
      LabResults saved = LabResults.readFrom(results).against(LabGuide.of(lab.dir()).readme());
      return new Board.LabSummary(lab.name(), Optional.of(saved), changedSince(lab, results));
    } catch (RuntimeException unreadable) {
      // Cut short, or written by an older version of the workshop: as good as not run.
      return new Board.LabSummary(lab.name(), Optional.empty(), false);
    }
  }

  /** True when a starter file was saved after the results were taken: the board would be out of date. */
  static boolean changedSince(Lab lab, Path results) {
    try (Stream<Path> files = Files.walk(lab.starterSources())) {
      FileTime taken = Files.getLastModifiedTime(results);
      return files.filter(Files::isRegularFile).anyMatch(file -> {
        try {
          return Files.getLastModifiedTime(file).compareTo(taken) > 0;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      return false;
    }
  }
}
