package eventlings.workshop.cli;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabReadme;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./workshop hint [lab]}: the hints of the first unmet goal's step, one more each time it is asked,
 * from a nudging question to the answer close to code. After the last one, the solution is the next help.
 */
final class HintCommand {

  private HintCommand() {}

  static int run(Lab lab, Progress progress, Console console) {
    LabReadme readme = Progress.readme(lab);
    LabResults results = progress.latest(lab);
    Optional<GoalResult> next = Board.nextGoal(Board.inReadmeOrder(results.goals(), readme));
    if (next.isEmpty()) {
      console.println("Lab " + lab.name() + " is complete, so there is nothing to hint at: compare your code with the"
          + " solution with ./workshop diff " + lab.number() + ".");
      return 0;
    }
    console.print(hints(lab, next.get(), readme.hintsFor(next.get().step()), HintsSeen.in(hintsFile(lab)),
        console.style()));
    return 0;
  }

  static Path hintsFile(Lab lab) {
    return lab.dir().resolve("target/eventlings/hints-seen");
  }

  /** Every hint seen so far, the newest one marked, and what help comes after. */
  static String hints(Lab lab, GoalResult goal, List<String> hints, HintsSeen seen, Style style) {
    StringBuilder out = new StringBuilder("\n")
        .append(style.bold("Step " + goal.step() + ", goal: ")).append(goal.name()).append('\n');
    if (hints.isEmpty()) {
      return out.append("  Step ").append(goal.step()).append(" has no hints: ./workshop diff ").append(lab.number())
          .append(" shows how the solution does it.\n").toString();
    }
    boolean deeper = seen.level(goal.step()) < hints.size();
    int level = deeper ? seen.deepen(goal.step(), hints.size()) : hints.size();
    for (int shown = 1; shown <= level; shown++) {
      String hint = "  Hint " + shown + " of " + hints.size() + ": " + hints.get(shown - 1);
      out.append(shown == level && deeper ? style.bold(hint) : style.dim(hint)).append('\n');
    }
    if (level < hints.size()) {
      out.append(style.dim("  Still stuck? ./workshop hint " + lab.number() + " shows the next one.")).append('\n');
    } else {
      out.append("  That was the last hint for step ").append(goal.step()).append(": ./workshop diff ")
          .append(lab.number()).append(" shows your code next to the solution.\n");
    }
    return out.toString();
  }
}
