package eventlings.checkers.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the board needs from a lab's README: its title, and its numbered steps with the files they open and the
 * goals they list. The hints live in the lab's {@link LabHints HINTS.md}, where a learner opens them on purpose.
 *
 * <p>The README is the single place where steps and goals are written; the self-check keeps the goal sentences
 * here equal to the {@code @DisplayName} of the goal tests.
 *
 * @param title the first heading
 * @param steps the {@code ### Step N: title} sections under {@code ## Steps}, in order
 */
public record LabReadme(String title, List<Step> steps) {

  private static final Pattern STEP_HEADING = Pattern.compile("^### Step (\\d+)\\s*[:.\u2014-]?\\s*(.*)$");
  private static final Pattern SOURCE_LINK = Pattern.compile("\\]\\((src/main/java/[^)\\s]+\\.java)\\)");

  /**
   * One step of a lab.
   *
   * @param number its number, from 1
   * @param title its heading text
   * @param files the starter files it links, relative to the lab folder
   * @param goals the goal sentences listed under "Goals:"
   */
  public record Step(int number, String title, List<String> files, List<String> goals) {}

  public LabReadme {
    steps = List.copyOf(steps);
  }

  public static LabReadme read(Path readme) {
    try {
      return parse(Files.readAllLines(readme, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + readme, e);
    }
  }

  public static LabReadme parse(List<String> lines) {
    String title = "";
    String section = "";
    List<Step> steps = new ArrayList<>();
    StepBuilder step = null;
    boolean inGoals = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("# ") && title.isEmpty()) {
        title = line.substring(2).strip();
        continue;
      }
      if (line.startsWith("## ")) {
        section = line.substring(3).strip().toLowerCase();
        step = finish(step, steps);
        inGoals = false;
        continue;
      }
      Matcher heading = STEP_HEADING.matcher(line);
      if (heading.matches() && section.startsWith("steps")) {
        step = finish(step, steps);
        step = new StepBuilder(Integer.parseInt(heading.group(1)), heading.group(2).strip());
        inGoals = false;
        continue;
      }
      if (step != null) {
        Matcher link = SOURCE_LINK.matcher(line);
        while (link.find()) {
          if (!step.files.contains(link.group(1))) {
            step.files.add(link.group(1));
          }
        }
        if (line.equalsIgnoreCase("goals:")) {
          inGoals = true;
        } else if (inGoals && line.startsWith("- ")) {
          step.goals.add(line.substring(2).strip());
        } else if (inGoals && !line.isEmpty()) {
          inGoals = false;
        }
      }
    }
    finish(step, steps);
    return new LabReadme(title, steps);
  }

  public Optional<Step> step(int number) {
    return steps.stream().filter(step -> step.number() == number).findFirst();
  }

  private static StepBuilder finish(StepBuilder step, List<Step> steps) {
    if (step != null) {
      steps.add(new Step(step.number, step.title, List.copyOf(step.files), List.copyOf(step.goals)));
    }
    return null;
  }

  private static final class StepBuilder {
    final int number;
    final String title;
    final List<String> files = new ArrayList<>();
    final List<String> goals = new ArrayList<>();

    StepBuilder(int number, String title) {
      this.number = number;
      this.title = title;
    }
  }
}
