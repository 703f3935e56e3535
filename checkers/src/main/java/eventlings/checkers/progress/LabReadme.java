package eventlings.checkers.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the board needs from a lab's README: its title, its numbered steps with the files they open and the
 * goals they list, and the hints of each step, from gentle to explicit.
 *
 * <p>The README is the single place where steps, goals and hints are written; the self-check keeps the
 * goal sentences here equal to the {@code @DisplayName} of the goal tests.
 *
 * @param title the first heading
 * @param steps the {@code ### Step N: title} sections under {@code ## Steps}, in order
 * @param hints per step number, the numbered items under {@code ## Hints} / {@code ### Step N}
 */
public record LabReadme(String title, List<Step> steps, Map<Integer, List<String>> hints) {

  private static final Pattern STEP_HEADING = Pattern.compile("^### Step (\\d+)\\s*[:.\u2014-]?\\s*(.*)$");
  private static final Pattern SOURCE_LINK = Pattern.compile("\\]\\((src/main/java/[^)\\s]+\\.java)\\)");
  private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d+\\.\\s+(.*)$");

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
    hints = Map.copyOf(hints);
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
    Map<Integer, List<String>> hints = new LinkedHashMap<>();
    StepBuilder step = null;
    Integer hintStep = null;
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
        hintStep = null;
        inGoals = false;
        continue;
      }
      Matcher heading = STEP_HEADING.matcher(line);
      if (heading.matches()) {
        int number = Integer.parseInt(heading.group(1));
        if (section.startsWith("steps")) {
          step = finish(step, steps);
          step = new StepBuilder(number, heading.group(2).strip());
          inGoals = false;
        } else if (section.startsWith("hints")) {
          hintStep = number;
          hints.put(number, new ArrayList<>());
        }
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
      } else if (hintStep != null) {
        List<String> stepHints = hints.get(hintStep);
        Matcher item = NUMBERED_ITEM.matcher(line);
        if (item.matches()) {
          stepHints.add(item.group(1).strip());
        } else if (!line.isEmpty() && !stepHints.isEmpty() && raw.startsWith(" ")) {
          int last = stepHints.size() - 1;
          stepHints.set(last, stepHints.get(last) + " " + line);
        }
      }
    }
    finish(step, steps);
    return new LabReadme(title, steps, hints);
  }

  public Optional<Step> step(int number) {
    return steps.stream().filter(step -> step.number() == number).findFirst();
  }

  public List<String> hintsFor(int step) {
    return hints.getOrDefault(step, List.of());
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
