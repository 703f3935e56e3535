package eventlings.workshop.cli;

import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./workshop next}: is the lab the learner is on done, and what comes next. The lab they are on is the one
 * last checked: a learner who joined the room at lab 03 moves on to lab 04, and hears about the earlier labs still
 * open without being sent back to them. With nothing checked yet, the labs are looked at from the first.
 */
final class NextCommand {

  private NextCommand() {}

  static int run(Repository repository, Progress progress, Console console) {
    List<Lab> labs = LabChoice.all(repository);
    Style style = console.style();
    Optional<Lab> last = Progress.lastChecked(labs);
    if (last.isEmpty()) {
      return fromTheStart(labs, progress, console);
    }
    Lab on = last.get();
    LabResults results = progress.latest(on);
    if (!results.settled()) {
      console.print(remaining(on, results, style));
      return 0;
    }
    List<Lab> after = labs.subList(labs.indexOf(on) + 1, labs.size());
    Optional<Lab> next = after.stream().filter(lab -> !Progress.settled(lab)).findFirst();
    List<Lab> earlierOpen = labs.subList(0, labs.indexOf(on)).stream().filter(lab -> !Progress.settled(lab)).toList();
    if (next.isPresent()) {
      console.println(style.green("Lab " + on.name() + " is complete: well done. Next is lab " + next.get().name() + "."));
      Optional<LabResults> started = Progress.saved(next.get()).filter(saved -> saved.done() > 0);
      console.print(started.map(saved -> "\n" + remaining(next.get(), saved, style))
          .orElseGet(() -> introduction(next.get(), style)));
    } else {
      console.println(style.green("Lab " + on.name() + " is complete: well done, and so is every lab after it."));
    }
    if (!earlierOpen.isEmpty()) {
      console.println(style.dim("Not complete yet: " + String.join(", ", earlierOpen.stream().map(Lab::name).toList())
          + ". Each starts from its own starter: come back to them whenever you like (./workshop check "
          + earlierOpen.getFirst().number() + ")."));
    } else if (next.isEmpty()) {
      console.println(style.green("Every lab is complete: ./workshop diff <lab> compares your code with the"
          + " solutions, and each README ends with ideas for going further."));
    }
    return 0;
  }

  /** Nothing checked yet: the first lab not complete, checking the labs in order as far as needed. */
  private static int fromTheStart(List<Lab> labs, Progress progress, Console console) {
    Style style = console.style();
    for (int index = 0; index < labs.size(); index++) {
      Lab lab = labs.get(index);
      LabResults results = progress.latest(lab);
      if (results.settled()) {
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
        .filter(goal -> !goal.state().isSettled())
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
