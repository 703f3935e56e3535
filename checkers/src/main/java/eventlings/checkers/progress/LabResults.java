package eventlings.checkers.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The goals of one lab after one run, as saved in {@code target/eventlings/goals.tsv} so that the summary
 * board and {@code ./workshop} can read what the last {@code mvn test} found.
 *
 * @param lab the lab folder name, e.g. {@code 01-event-sourcing}
 * @param variant {@code lab} for the learner's code, {@code solution} for the reference solution
 * @param finishedAt when the run ended
 * @param goals one result per goal
 */
public record LabResults(String lab, String variant, Instant finishedAt, List<GoalResult> goals) {

  private static final String HEADER = "# eventlings goals v2";

  public LabResults {
    goals = List.copyOf(goals);
  }

  public long done() {
    return goals.stream().filter(goal -> goal.state().isDone()).count();
  }

  /** Every goal passed. Only results read {@link #against} the README know every goal the lab has. */
  public boolean complete() {
    return !goals.isEmpty() && done() == goals.size();
  }

  /** Every goal passed or cannot run on this machine's servers: nothing more the learner can do here. */
  public boolean settled() {
    return !goals.isEmpty() && goals.stream().allMatch(goal -> goal.state().isSettled());
  }

  /** True when every goal the README lists ran: not a run of one test class, or filtered by {@code -Dtest}. */
  public boolean coversAll(LabReadme readme) {
    Set<String> ran = goals.stream().map(GoalResult::name).collect(Collectors.toSet());
    return readme.steps().stream().flatMap(step -> step.goals().stream()).allMatch(ran::contains);
  }

  /**
   * The results as the README sees them: every goal it lists, in its order, those that did not run as
   * {@link GoalState#NOT_RUN}. A README still being written (no steps) leaves the results as they are.
   */
  public LabResults against(LabReadme readme) {
    if (readme.steps().isEmpty()) {
      return this;
    }
    Map<String, GoalResult> byName = new LinkedHashMap<>();
    goals.forEach(goal -> byName.putIfAbsent(goal.name(), goal));
    List<GoalResult> listed = new ArrayList<>();
    for (LabReadme.Step step : readme.steps()) {
      for (String goal : step.goals()) {
        GoalResult result = byName.remove(goal);
        listed.add(result != null ? result
            : new GoalResult(step.number(), "", "", goal, GoalState.NOT_RUN, Duration.ZERO, ""));
      }
    }
    listed.addAll(byName.values());
    return new LabResults(lab, variant, finishedAt, listed);
  }

  /** Saves the results; a reader in another process sees the old file or the new one, never half of one. */
  public void writeTo(Path file) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", HEADER, lab, variant, finishedAt.toString()));
    goals.forEach(goal -> lines.add(line(goal)));
    try {
      Files.createDirectories(file.getParent());
      Path written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.write(written, lines, StandardCharsets.UTF_8);
      Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save goal results to " + file, e);
    }
  }

  /**
   * Reads what {@link #writeTo} saved.
   *
   * @throws IllegalArgumentException when the file is not a results file of this version of the workshop
   */
  public static LabResults readFrom(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String[] header = lines.isEmpty() ? new String[0] : lines.getFirst().split("\t", -1);
      if (header.length < 4 || !header[0].equals(HEADER)) {
        throw new IllegalArgumentException(file + " is not a results file of this version of eventlings");
      }
      List<GoalResult> goals = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        goals.add(goal(line).orElseThrow(() -> new IllegalArgumentException(file + " has a line cut short: " + line)));
      }
      return new LabResults(header[1], header[2], Instant.parse(header[3]), goals);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read goal results from " + file, e);
    }
  }

  /** One goal as one line of tab-separated cells, as the results file and a child JVM's report carry it. */
  public static String line(GoalResult goal) {
    return String.join("\t",
        goal.state().name(),
        Integer.toString(goal.step()),
        Long.toString(goal.duration().toMillis()),
        clean(goal.testClass()),
        clean(goal.method()),
        clean(goal.name()),
        escaped(goal.detail()),
        clean(goal.file()),
        Boolean.toString(goal.clean()));
  }

  /** The goal {@link #line} wrote; empty for a line cut short or not a goal's. */
  public static Optional<GoalResult> goal(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length < 9) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GoalResult(
          Integer.parseInt(cells[1]),
          cells[3],
          cells[4],
          cells[5],
          GoalState.valueOf(cells[0]),
          Duration.ofMillis(Long.parseLong(cells[2])),
          unescaped(cells[6]),
          cells[7],
          Boolean.parseBoolean(cells[8])));
    } catch (IllegalArgumentException notAGoal) {
      return Optional.empty();
    }
  }

  /** A detail keeps its lines: newlines, tabs and backslashes are written as {@code \\n}, {@code \\t}, {@code \\\\}. */
  static String escaped(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n");
  }

  static String unescaped(String text) {
    StringBuilder out = new StringBuilder();
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      if (c == '\\' && index + 1 < text.length()) {
        char next = text.charAt(++index);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
