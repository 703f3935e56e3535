package eventlings.checkers.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Renders the progress of one lab, and of all labs, as a learner reads it after a run. */
public final class Board {

  private static final int BAR_WIDTH = 20;

  private final Style style;

  public Board(Style style) {
    this.style = style;
  }

  /**
   * One lab: a bar, every goal with its state in README order, and what to do next.
   *
   * @param labPath the lab folder as the learner would type it, e.g. {@code labs/01-event-sourcing}
   */
  public String lab(LabResults results, LabReadme readme, String labPath) {
    List<GoalResult> goals = inReadmeOrder(results.goals(), readme);
    StringBuilder out = new StringBuilder();
    out.append('\n')
        .append(style.bold(readme.title().isEmpty() ? results.lab() : readme.title()))
        .append("  ")
        .append(style.bar(results.done(), goals.size(), BAR_WIDTH))
        .append("  ")
        .append(results.done()).append(" of ").append(goals.size()).append(" goals")
        .append('\n');
    int step = -1;
    for (GoalResult goal : goals) {
      if (goal.step() != step) {
        step = goal.step();
        String stepTitle = readme.step(step).map(LabReadme.Step::title).orElse("");
        out.append("  ").append(style.dim("Step " + step + (stepTitle.isEmpty() ? "" : ": " + stepTitle))).append('\n');
      }
      out.append("    ").append(style.symbol(goal.state())).append(' ').append(goal.name());
      if (!goal.state().isDone()) {
        out.append(style.dim("  (" + goal.state().label() + ")"));
      }
      out.append('\n');
    }
    nextGoal(goals).ifPresentOrElse(
        next -> out.append(next(next, readme, labPath, results.lab())),
        () -> out.append(style.green("  Lab complete. Compare with the solution: ./workshop diff " + number(results.lab())))
            .append('\n'));
    return out.toString();
  }

  /**
   * What to do next in a lab, as the end of {@link #lab} shows it: the first unmet goal, the file to open,
   * why it is not met yet and a first hint. Empty when the lab is complete.
   */
  public Optional<String> next(LabResults results, LabReadme readme, String labPath) {
    return nextGoal(inReadmeOrder(results.goals(), readme)).map(goal -> next(goal, readme, labPath, results.lab()));
  }

  /** The first goal not done, in README order. */
  public static Optional<GoalResult> nextGoal(List<GoalResult> goalsInOrder) {
    return goalsInOrder.stream().filter(goal -> !goal.state().isDone()).findFirst();
  }

  private String next(GoalResult goal, LabReadme readme, String labPath, String lab) {
    StringBuilder out = new StringBuilder();
    out.append("  ").append(style.bold("Next goal: ")).append(goal.name()).append('\n');
    fileFor(goal, readme).ifPresent(file -> out.append("    open  ").append(labPath).append('/').append(file).append('\n'));
    if (!goal.detail().isEmpty()) {
      out.append("    why   ").append(goal.detail()).append('\n');
    }
    List<String> hints = readme.hintsFor(goal.step());
    if (!hints.isEmpty()) {
      out.append("    hint  ").append(hints.getFirst()).append('\n');
      if (hints.size() > 1) {
        out.append(style.dim("    more  ./workshop hint " + number(lab))).append('\n');
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

  /** Goals in the order the README lists them; goals it does not list come last, by step. */
  public static List<GoalResult> inReadmeOrder(List<GoalResult> goals, LabReadme readme) {
    List<String> order = new ArrayList<>();
    readme.steps().forEach(step -> order.addAll(step.goals()));
    return goals.stream()
        .sorted(Comparator.comparingInt(GoalResult::step)
            .thenComparingInt(goal -> {
              int index = order.indexOf(goal.name());
              return index < 0 ? Integer.MAX_VALUE : index;
            }))
        .toList();
  }

  static Optional<String> fileFor(GoalResult goal, LabReadme readme) {
    return readme.step(goal.step()).flatMap(step -> step.files().stream().findFirst());
  }

  /** {@code 01-event-sourcing} -> {@code 01}: what a learner types after {@code ./workshop check}. */
  public static String number(String lab) {
    int dash = lab.indexOf('-');
    return dash < 0 ? lab : lab.substring(0, dash);
  }
}
