package eventlings.workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening of a lab's README, what a learner reads before starting it: the title, the story, what they
 * will learn, how long it takes and the first step.
 *
 * @param title the first heading, e.g. {@code Lab 01 · Event sourcing}
 * @param story the paragraphs between the title and the objectives line
 * @param objectives what the learner will learn, from {@code **You will learn** ...}
 * @param minutes the time it takes, e.g. {@code 45 minutes}; empty when the README does not say
 * @param firstStep the title of step 1 and what it asks, up to its list of goals
 */
record LabIntro(String title, String story, String objectives, String minutes, String firstStep) {

  private static final Pattern OBJECTIVES = Pattern.compile("\\*\\*You will learn\\*\\*\\s*([^·]*)");
  private static final Pattern TIME = Pattern.compile("\\*\\*Time:\\*\\*\\s*([^·]*)");

  static LabIntro read(Path readme) {
    try {
      return parse(Files.readAllLines(readme, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + readme, e);
    }
  }

  static LabIntro parse(List<String> lines) {
    String title = "";
    List<String> story = new ArrayList<>();
    String objectives = "";
    String minutes = "";
    List<String> firstStep = new ArrayList<>();
    String section = "intro";
    for (String raw : lines) {
      String line = raw.strip();
      if (line.startsWith("# ") && title.isEmpty()) {
        title = line.substring(2).strip();
      } else if (line.startsWith("### Step 1") && section.equals("steps")) {
        section = "first step";
        firstStep.add(line.substring(4).strip());
      } else if (line.startsWith("## ") || line.startsWith("### ")) {
        section = line.equalsIgnoreCase("## Steps") ? "steps" : "other";
      } else if (section.equals("intro") && line.startsWith("**You will learn**")) {
        objectives = found(OBJECTIVES, line);
        minutes = found(TIME, line);
        section = "other";
      } else if (section.equals("intro")) {
        story.add(line);
      } else if (section.equals("first step") && line.equalsIgnoreCase("goals:")) {
        section = "other";
      } else if (section.equals("first step") && !line.isEmpty()) {
        firstStep.add(line);
      }
    }
    return new LabIntro(title, paragraphs(story), objectives, minutes, String.join("\n", firstStep));
  }

  private static String found(Pattern pattern, String line) {
    Matcher matcher = pattern.matcher(line);
    return matcher.find() ? matcher.group(1).strip() : "";
  }

  /** Lines joined into paragraphs, separated by one empty line. */
  private static String paragraphs(List<String> lines) {
    return String.join("\n", lines).strip().replaceAll("\n{3,}", "\n\n");
  }
}
