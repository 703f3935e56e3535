package eventlings.workshop.cli;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.cli.Progress.Checked;
import java.util.List;
import java.util.Locale;

/** {@code ./workshop check [lab]}: compiles the learner's code, runs the lab's goals, shows the lab's board. */
final class CheckCommand {

  /** Compile errors shown before the board; the first usually explains the rest. */
  static final int ERRORS_SHOWN = 3;

  private CheckCommand() {}

  static int run(Lab lab, Progress progress, Console console) {
    console.print(board(lab, progress.check(lab), console.style()));
    return 0;
  }

  /** Compile errors first (they are what to fix), then the board, then how long the check took. */
  static String board(Lab lab, Checked checked, Style style) {
    StringBuilder out = new StringBuilder();
    List<String> errors = checked.compileErrors();
    if (!errors.isEmpty()) {
      out.append('\n').append(style.red("labs/" + lab.name() + " does not compile:")).append('\n');
      errors.stream().limit(ERRORS_SHOWN)
          .forEach(error -> error.lines().forEach(line -> out.append("  ").append(line).append('\n')));
      if (errors.size() > ERRORS_SHOWN) {
        out.append("  and ").append(errors.size() - ERRORS_SHOWN).append(" more: the first is often the cause of the others\n");
      }
    }
    checked.stopped().ifPresent(why -> out.append('\n').append(style.yellow("The check stopped early: " + why))
        .append('\n'));
    out.append(new Board(style).lab(checked.results(), Progress.guide(lab), "labs/" + lab.name()));
    out.append(style.dim(String.format(Locale.ROOT, "  checked in %.1f s", checked.took().toMillis() / 1000.0)))
        .append('\n');
    return out.toString();
  }
}
