package eventlings.checkers.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

  private static final String HEADER = "# eventlings goals v1";

  public LabResults {
    goals = List.copyOf(goals);
  }

  public long done() {
    return goals.stream().filter(goal -> goal.state().isDone()).count();
  }

  public boolean complete() {
    return !goals.isEmpty() && done() == goals.size();
  }

  public void writeTo(Path file) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join("\t", HEADER, lab, variant, finishedAt.toString()));
    for (GoalResult goal : goals) {
      lines.add(String.join("\t",
          goal.state().name(),
          Integer.toString(goal.step()),
          Long.toString(goal.duration().toMillis()),
          clean(goal.testClass()),
          clean(goal.method()),
          clean(goal.name()),
          clean(goal.detail())));
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save goal results to " + file, e);
    }
  }

  public static LabResults readFrom(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String[] header = lines.getFirst().split("\t", -1);
      if (!header[0].equals(HEADER) || header.length < 4) {
        throw new IllegalArgumentException(file + " is not an eventlings results file");
      }
      List<GoalResult> goals = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split("\t", -1);
        goals.add(new GoalResult(
            Integer.parseInt(cells[1]),
            cells[3],
            cells[4],
            cells[5],
            GoalState.valueOf(cells[0]),
            Duration.ofMillis(Long.parseLong(cells[2])),
            cells[6]));
      }
      return new LabResults(header[1], header[2], Instant.parse(header[3]), goals);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read goal results from " + file, e);
    }
  }

  private static String clean(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
