package eventlings.workshop.cli;

import eventlings.checkers.progress.Board;
import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code ./workshop next}: the learner works on the first lab that is not complete. When they have not started
 * it yet, the lab before it is done: say so and introduce this one. Otherwise say what remains in it.
 */
final class NextCommand {

  private NextCommand() {}

  static int run(Repository repository, Progress progress, Console console) {
    List<Lab> labs = LabChoice.all(repository);
    Style style = console.style();
    for (int index = 0; index < labs.size(); index++) {
      Lab lab = labs.get(index);
      LabResults results = progress.latest(lab);
      if (results.complete()) {
        continue;
      }
      if (results.done() > 0) {
        console.print(remaining(lab, results, style));
      } else {
        String opening = index == 0
            ? "Welcome to eventlings: your first lab is " + lab.name() + "."
            : "Lab " + labs.get(index - 1).name() + " is complete: well done. Next is lab " + lab.name() + ".";
        console.println(style.green(opening));
        console.print(introduction(lab, style));
      }
      return 0;
    }
    console.println(style.green("Every lab is complete: well done. ./workshop diff <lab> compares your code with"
        + " the solutions, and each README ends with ideas for going further."));
    return 0;
  }

  static String remaining(Lab lab, LabResults results, Style style) {
    List<GoalResult> open = results.goals().stream()
        .filter(goal -> !goal.state().isDone())
        .toList();
    StringBuilder out = new StringBuilder("Lab " + lab.name() + " is not complete yet: "
        + open.size() + " of " + results.goals().size() + " goals remain.\n");
    open.forEach(goal -> out.append("  ").append(style.symbol(goal.state())).append(' ').append(goal.name())
        .append(style.dim("  (step " + goal.step() + ", " + goal.state().label() + ")")).append('\n'));
    return out.append("./workshop check ").append(lab.number()).append(" shows the next goal, ./workshop hint ")
        .append(lab.number()).append(" helps with it.\n").toString();
  }

  static String introduction(Lab lab, Style style) {
    if (!Files.isRegularFile(lab.readme())) {
      return "Its README is not written yet.\n";
    }
    LabIntro intro = LabIntro.read(lab.readme());
    StringBuilder out = new StringBuilder("\n").append(style.bold(intro.title())).append("\n\n");
    if (!intro.story().isEmpty()) {
      out.append(intro.story()).append("\n\n");
    }
    if (!intro.objectives().isEmpty()) {
      out.append(style.bold("You will learn ")).append(intro.objectives()).append('\n');
    }
    if (!intro.minutes().isEmpty()) {
      out.append(style.bold("Time: ")).append(intro.minutes()).append('\n');
    }
    if (!intro.firstStep().isEmpty()) {
      out.append('\n').append(style.bold(intro.firstStep().lines().findFirst().orElse(""))).append('\n');
      intro.firstStep().lines().skip(1).forEach(line -> out.append(line).append('\n'));
    }
    return out.append("\nRead labs/").append(lab.name()).append("/README.md, then run ./workshop watch ")
        .append(lab.number()).append(" and start coding.\n").toString();
  }
}
