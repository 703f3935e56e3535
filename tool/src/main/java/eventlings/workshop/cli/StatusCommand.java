package eventlings.workshop.cli;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.LabResults;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./workshop}: every lab's progress at a glance, then the next goal to work on. Labs whose results are
 * missing or older than the learner's last save are checked first.
 */
final class StatusCommand {

  private StatusCommand() {}

  private record LabProgress(Lab lab, LabResults results) {}

  static int run(Repository repository, Progress progress, Console console) {
    List<LabProgress> labs = LabChoice.all(repository).stream()
        .map(lab -> new LabProgress(lab, latest(lab, progress, console)))
        .toList();
    Board board = new Board(console.style());
    console.print(board.summary(labs.stream()
        .map(lab -> new Board.LabSummary(lab.lab().name(), Optional.of(lab.results()), false))
        .toList()));
    labs.stream()
        .filter(lab -> !lab.results().complete())
        .findFirst()
        .flatMap(lab -> board.next(lab.results(), Progress.guide(lab.lab()), "labs/" + lab.lab().name()))
        .ifPresent(console::print);
    return 0;
  }

  private static LabResults latest(Lab lab, Progress progress, Console console) {
    return Progress.saved(lab).orElseGet(() -> {
      console.println(console.style().dim("checking labs/" + lab.name() + " ..."));
      return progress.check(lab).results();
    });
  }
}
