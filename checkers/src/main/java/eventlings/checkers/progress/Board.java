package eventlings.checkers.progress;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Renders the progress of one lab, and of all labs, as a learner reads it after a run. */
public final class Board {

  private static final int BAR_WIDTH = 20;
  /** Wide enough for every lab's folder name, so the lines of a build of every lab line up. */
  private static final int LAB_NAME_WIDTH = 28;

  private final Style style;

  public Board(Style style) {
    this.style = style;
  }

  /**
   * One lab: a bar, every goal with its state in README order, and what to do next.
   *
   * @param labPath the lab folder as the learner would type it, e.g. {@code labs/01-event-sourcing}
   */
  public String lab(LabResults results, LabGuide guide, String labPath) {
    LabResults listed = results.against(guide.readme());
    List<GoalResult> goals = listed.goals();
    StringBuilder out = new StringBuilder();
    out.append('\n')
        .append(style.bold(guide.readme().title().isEmpty() ? results.lab() : guide.readme().title()))
        .append("  ")
        .append(style.bar(listed.done(), goals.size(), BAR_WIDTH))
        .append("  ")
        .append(listed.done()).append(" of ").append(goals.size()).append(" goals")
        .append('\n');
    int step = -1;
    for (GoalResult goal : goals) {
      if (goal.step() != step) {
        step = goal.step();
        String stepTitle = guide.readme().step(step).map(LabReadme.Step::title).orElse("");
        out.append("  ").append(style.dim("Step " + step + (stepTitle.isEmpty() ? "" : ": " + stepTitle))).append('\n');
      }
      out.append("    ").append(style.symbol(goal.state())).append(' ').append(goal.name());
      if (!goal.state().isDone()) {
        out.append(style.dim("  (" + goal.state().label() + ")"));
      }
      out.append('\n');
    }
    if (goals.isEmpty()) {
      out.append("  No goal ran: does the lab have tests with @Step?\n");
      return out.toString();
    }
    Optional<GoalResult> next = nextGoal(goals);
    if (next.isPresent()) {
      out.append(next(next.get(), guide, labPath, results.lab()));
    } else if (listed.complete()) {
      out.append(style.green("  Lab complete. Compare with the solution: ./workshop diff " + number(results.lab())))
          .append('\n');
    } else {
      out.append(style.green("  Lab complete as far as this machine can tell: the goals marked \"cannot run here\""
          + " need the embedded servers.")).append('\n');
    }
    return out.toString();
  }

  /** One lab in one line, {@code 01-event-sourcing  [#####...]  3 of 10 goals}, as a build of every lab shows it. */
  public String line(LabResults results) {
    return "  " + String.format("%-" + LAB_NAME_WIDTH + "s", results.lab()) + "  " + style.bar(results.done(), results.goals().size(), BAR_WIDTH) + "  "
        + results.done() + " of " + results.goals().size() + " goals" + (results.complete() ? "  " + style.green("complete") : "")
        + "\n";
  }

  /**
   * What to do next in a lab, as the end of {@link #lab} shows it: the first unmet goal, the file to open,
   * why it is not met yet and the first rung of its hint ladder. Empty when nothing is left to do here.
   */
  public Optional<String> next(LabResults results, LabGuide guide, String labPath) {
    return nextGoal(results.against(guide.readme()).goals()).map(goal -> next(goal, guide, labPath, results.lab()));
  }

  /** The first goal in the given order that the learner can still work on: not done, and able to run here. */
  public static Optional<GoalResult> nextGoal(List<GoalResult> goalsInOrder) {
    return goalsInOrder.stream().filter(goal -> !goal.state().isSettled()).findFirst();
  }

  private String next(GoalResult goal, LabGuide guide, String labPath, String lab) {
    StringBuilder out = new StringBuilder();
    out.append("  ").append(style.bold("Next goal: ")).append(goal.name()).append('\n');
    fileFor(goal, guide)
        .ifPresent(file -> out.append("    open  ").append(labPath).append('/').append(file).append('\n'));
    if (goal.state() == GoalState.NOT_RUN && goal.detail().isEmpty()) {
      out.append("    why   it did not run last time: run the whole lab, ./workshop check ").append(number(lab))
          .append('\n');
    } else if (!goal.detail().isEmpty()) {
      List<String> lines = goal.detail().lines().toList();
      out.append("    why   ").append(lines.getFirst()).append('\n');
      lines.stream().skip(1).forEach(line -> out.append("          ").append(line).append('\n'));
    }
    List<String> ladder = guide.hints().ladderOf(goal.name());
    if (!ladder.isEmpty()) {
      List<String> question = ladder.getFirst().lines().toList();
      out.append("    hint  ").append(question.getFirst()).append('\n');
      question.stream().skip(1).forEach(line -> out.append("          ").append(line).append('\n'));
      if (ladder.size() > 1) {
        out.append(style.dim("    more  ./workshop hint " + number(lab) + " (a rung per ask), or " + labPath + "/"
            + LabHints.FILE)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * All labs at a glance.
   *
   * @param labs each lab's latest results, or empty when the lab has not run yet
   */
  public String summary(List<LabSummary> labs) {
    StringBuilder out = new StringBuilder("\n").append(style.bold("eventlings progress")).append('\n');
    long done = 0;
    long total = 0;
    LabSummary firstUnfinished = null;
    int nameWidth = labs.stream().mapToInt(lab -> lab.lab().length()).max().orElse(10);
    for (LabSummary lab : labs) {
      out.append("  ").append(String.format("%-" + nameWidth + "s", lab.lab())).append("  ");
      if (lab.results().isEmpty()) {
        out.append(style.dim(" ".repeat(BAR_WIDTH + (style.colour() ? 0 : 2)) + "  not run yet")).append('\n');
        firstUnfinished = firstUnfinished == null ? lab : firstUnfinished;
        continue;
      }
      LabResults results = lab.results().get();
      done += results.done();
      total += results.goals().size();
      out.append(style.bar(results.done(), results.goals().size(), BAR_WIDTH))
          .append(String.format("  %2d of %2d", results.done(), results.goals().size()));
      if (results.complete()) {
        out.append("  ").append(style.green("complete"));
      } else if (lab.stale()) {
        out.append("  ").append(style.yellow("your code changed since: run ./workshop check " + number(lab.lab())));
      }
      out.append('\n');
      if (!results.complete() && firstUnfinished == null) {
        firstUnfinished = lab;
      }
    }
    out.append("  ").append(done).append(" of ").append(total).append(" goals done");
    if (firstUnfinished != null) {
      out.append(". Next: lab ").append(firstUnfinished.lab()).append(" (./workshop check ")
          .append(number(firstUnfinished.lab())).append(")");
    }
    return out.append('\n').toString();
  }

  /**
   * One row of the summary.
   *
   * @param lab the lab folder name
   * @param results its latest results, if it has run
   * @param stale true when the learner's code changed after those results were taken
   */
  public record LabSummary(String lab, Optional<LabResults> results, boolean stale) {}

  /**
   * The file to open for a goal: where it failed in the learner's code when that file exists in the lab, else the
   * first file its README step links.
   */
  static Optional<String> fileFor(GoalResult goal, LabGuide guide) {
    if (!goal.file().isEmpty() && Files.isRegularFile(guide.dir().resolve("src/main/java").resolve(goal.file()))) {
      return Optional.of("src/main/java/" + goal.file());
    }
    return guide.readme().step(goal.step()).flatMap(step -> step.files().stream().findFirst());
  }

  /** {@code 01-event-sourcing} -> {@code 01}: what a learner types after {@code ./workshop check}. */
  public static String number(String lab) {
    int dash = lab.indexOf('-');
    return dash < 0 ? lab : lab.substring(0, dash);
  }
}
