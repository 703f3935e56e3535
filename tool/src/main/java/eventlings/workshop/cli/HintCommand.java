package eventlings.workshop.cli;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabHints;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./workshop hint [lab]}: the hint ladder of the goal the learner is on, one rung more each time it is
 * asked, from a question to code close to the answer. After the last rung, the solution is the next help.
 */
final class HintCommand {

  private HintCommand() {}

  static int run(Lab lab, Progress progress, Console console) {
    LabResults results = progress.latest(lab);
    Optional<GoalResult> next = Board.nextGoal(results.goals());
    if (next.isEmpty()) {
      console.println("Lab " + lab.name() + " is complete, so there is nothing to hint at: compare your code with the"
          + " solution with ./workshop diff " + lab.number() + ".");
      return 0;
    }
    List<String> ladder = Progress.guide(lab).hints().ladderOf(next.get().name());
    console.print(hint(lab, next.get(), ladder, HintsSeen.in(hintsFile(lab)), console.style()));
    return 0;
  }

  static Path hintsFile(Lab lab) {
    return lab.dir().resolve("target/eventlings/hints-seen");
  }

  /** The next rung of the goal's ladder, and only that one, then what help comes after it. */
  static String hint(Lab lab, GoalResult goal, List<String> ladder, HintsSeen seen, Style style) {
    StringBuilder out = new StringBuilder("\n")
        .append(style.bold("Goal: ")).append(goal.name()).append(style.dim("  (step " + goal.step() + ")")).append('\n');
    if (ladder.isEmpty()) {
      return out.append("  This goal has no hints in labs/").append(lab.name()).append('/').append(LabHints.FILE)
          .append(": ./workshop diff ").append(lab.number()).append(" shows how the solution does it.\n").toString();
    }
    int rung = seen.next(goal.name(), ladder.size());
    List<String> lines = ladder.get(rung - 1).lines().toList();
    out.append("  ").append(style.bold("Hint " + rung + " of " + ladder.size() + ": ")).append(lines.getFirst()).append('\n');
    lines.stream().skip(1).forEach(line -> out.append("    ").append(line).append('\n'));
    if (rung < ladder.size()) {
      out.append(style.dim("  Think it over, try it; still stuck? ./workshop hint " + lab.number()
          + " gives the next rung.")).append('\n');
    } else {
      out.append("  That was the last rung for this goal: ./workshop diff ").append(lab.number())
          .append(" shows your code next to the solution.\n");
    }
    return out.toString();
  }
}
