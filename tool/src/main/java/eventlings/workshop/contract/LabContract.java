package eventlings.workshop.contract;

import eventlings.checkers.progress.LabHints;
import eventlings.checkers.progress.LabReadme;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.StarterManifest;
import eventlings.workshop.engine.Compilation;
import eventlings.workshop.engine.Patch;
import eventlings.workshop.engine.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks that keep a lab's README, goals, starter and mistakes telling one story. Each method returns the
 * problems found, each naming the lab and what to fix; an empty list means the lab keeps the contract.
 */
public final class LabContract {

  public static final int FEWEST_GOALS = 5;
  public static final int MOST_GOALS = 12;
  public static final int FEWEST_MISTAKES = 3;
  /** A hint ladder: a question, a pointed nudge, code close to the answer. */
  public static final int FEWEST_RUNGS = 3;
  /** How a starter file that the learner only reads says so, on its first line. */
  public static final String NOTHING_TO_BUILD = "// Nothing to build here";
  private static final Pattern TODO_MARKER = Pattern.compile("TODO\\(step (\\d+)\\)");

  private final Lab lab;
  private final LabReadme readme;
  private final List<DeclaredGoal> goals;

  private final Path workDir;

  /** @param workDir where mistakes are applied to the solution, to see that they still apply */
  public LabContract(Lab lab, List<DeclaredGoal> goals, Path workDir) {
    this.lab = lab;
    this.workDir = workDir;
    this.readme = LabReadme.read(lab.readme());
    this.goals = List.copyOf(goals);
  }

  public List<String> readmeStructure() {
    List<String> problems = new ArrayList<>();
    if (readme.title().isEmpty()) {
      problems.add(problem("README.md has no '# ' title"));
    }
    if (!read(lab.readme()).matches("(?s).*\\*\\*Time:\\*\\*\\s*\\d+\\s*minutes.*")) {
      problems.add(problem("README.md does not say how long the lab takes: '**Time:** N minutes'"));
    }
    if (readme.steps().isEmpty()) {
      problems.add(problem("README.md has no '### Step N: ...' under '## Steps'"));
    }
    for (int index = 0; index < readme.steps().size(); index++) {
      LabReadme.Step step = readme.steps().get(index);
      if (step.number() != index + 1) {
        problems.add(problem("README step " + step.number() + " should be numbered " + (index + 1)));
      }
      if (step.goals().isEmpty()) {
        problems.add(problem("README step " + step.number() + " lists no goals under 'Goals:'"));
      }
      if (step.files().isEmpty()) {
        problems.add(problem("README step " + step.number() + " links no file under src/main/java to open"));
      }
      for (String file : step.files()) {
        if (!Files.isRegularFile(lab.dir().resolve(file))) {
          problems.add(problem("README step " + step.number() + " links " + file + ", which does not exist"));
        }
      }
    }
    return problems;
  }

  /**
   * Every goal has a ladder in HINTS.md, from a question to code, the last rung folded; the README points there and
   * holds no hints itself, so answers stay out of sight until asked for.
   */
  public List<String> hintLadders() {
    List<String> problems = new ArrayList<>();
    Path file = lab.dir().resolve(LabHints.FILE);
    if (!Files.isRegularFile(file)) {
      return List.of(problem("has no " + LabHints.FILE + " with a hint ladder per goal"));
    }
    String readmeText = read(lab.readme());
    if (readmeText.lines().anyMatch(line -> line.strip().equalsIgnoreCase("## Hints"))) {
      problems.add(problem("README.md has a '## Hints' section: hints go to " + LabHints.FILE + ", one ladder per goal"));
    }
    if (!readmeText.contains("(" + LabHints.FILE + ")")) {
      problems.add(problem("README.md does not link " + LabHints.FILE + ": say where the hints are"));
    }
    LabHints hints = LabHints.read(file);
    Set<String> listed = readme.steps().stream().flatMap(step -> step.goals().stream()).collect(Collectors.toSet());
    for (String goal : hints.ladders().keySet()) {
      if (!listed.contains(goal)) {
        problems.add(problem(LabHints.FILE + " has a ladder for \"" + goal + "\", which the README lists as no goal"));
      }
    }
    for (LabReadme.Step step : readme.steps()) {
      for (String goal : step.goals()) {
        LabHints.Ladder ladder = hints.ladders().get(goal);
        if (ladder == null) {
          problems.add(problem(LabHints.FILE + " has no ladder for \"" + goal + "\" (a '## " + goal + "' section)"));
          continue;
        }
        if (ladder.rungs().size() < FEWEST_RUNGS) {
          problems.add(problem(LabHints.FILE + ": \"" + goal + "\" has " + ladder.rungs().size()
              + " rungs; a ladder climbs from a question, through a nudge, to code: at least " + FEWEST_RUNGS));
        } else if (!ladder.rungs().getFirst().contains("?")) {
          problems.add(problem(LabHints.FILE + ": the first rung for \"" + goal + "\" asks no question"));
        }
        if (ladder.folded() < 1) {
          problems.add(problem(LabHints.FILE + ": the last rung for \"" + goal
              + "\" is in plain sight: fold it in <details><summary>N. ...</summary> ... </details>"));
        }
      }
    }
    return problems;
  }

  public List<String> goalCount() {
    return goals.size() < FEWEST_GOALS || goals.size() > MOST_GOALS
        ? List.of(problem("has " + goals.size() + " goals; a lab has " + FEWEST_GOALS + " to " + MOST_GOALS))
        : List.of();
  }

  /** Every goal is listed by the README under its step, and the README lists no goal that does not exist. */
  public List<String> goalsMatchReadme() {
    List<String> problems = new ArrayList<>();
    for (DeclaredGoal goal : goals) {
      if (goal.name().isEmpty()) {
        problems.add(problem("goal " + goal.method() + " has no @DisplayName sentence"));
        continue;
      }
      if (readme.step(goal.step()).isEmpty()) {
        problems.add(problem("goal \"" + goal.name() + "\" is @Step(" + goal.step() + "), a step the README does not have"));
      } else if (!readme.step(goal.step()).get().goals().contains(goal.name())) {
        problems.add(problem("goal \"" + goal.name() + "\" is not listed under README step " + goal.step()));
      }
    }
    Set<String> declared = goals.stream().map(goal -> goal.step() + ":" + goal.name()).collect(Collectors.toSet());
    for (LabReadme.Step step : readme.steps()) {
      for (String listed : step.goals()) {
        if (!declared.contains(step.number() + ":" + listed)) {
          problems.add(problem("README step " + step.number() + " lists \"" + listed + "\", but no goal with @Step("
              + step.number() + ") has that @DisplayName"));
        }
      }
    }
    return problems;
  }

  /**
   * Every starter file either carries a TODO(step N) for a step that exists, or opens by saying there is
   * nothing to build in it; and every step has at least one TODO somewhere.
   */
  public List<String> starterMarkers() {
    List<String> problems = new ArrayList<>();
    Set<Integer> stepsWithWork = new java.util.TreeSet<>();
    for (Path file : Compilation.javaFilesUnder(lab.starterSources())) {
      String text = read(file);
      Matcher marker = TODO_MARKER.matcher(text);
      String shown = lab.dir().relativize(file).toString();
      if (!marker.find()) {
        if (!text.startsWith(NOTHING_TO_BUILD)) {
          problems.add(problem(shown + " has no TODO(step N) marker and does not open with '" + NOTHING_TO_BUILD
              + "': is it already solved?"));
        }
        continue;
      }
      do {
        int step = Integer.parseInt(marker.group(1));
        stepsWithWork.add(step);
        if (readme.step(step).isEmpty()) {
          problems.add(problem(shown + " has TODO(step " + step + "), a step the README does not have"));
        }
      } while (marker.find());
    }
    for (LabReadme.Step step : readme.steps()) {
      if (!stepsWithWork.contains(step.number())) {
        problems.add(problem("no starter file has a TODO(step " + step.number() + "): where does the learner work in that step?"));
      }
    }
    return problems;
  }

  /**
   * The lab ships the manifest of its starter as it is, which {@code ./workshop reset} restores from. After a change
   * to the starter, the expected manifest is written beside the contract's other files, ready to copy.
   */
  public List<String> starterManifest() {
    StarterManifest now = StarterManifest.ofFolder(lab.starterSources());
    if (now.equals(StarterManifest.shipped(lab))) {
      return List.of();
    }
    Path fresh = workDir.resolve(lab.name()).resolve(StarterManifest.FILE);
    try {
      Files.createDirectories(fresh.getParent());
      Files.write(fresh, now.lines());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.of(problem(StarterManifest.FILE + " does not name the starter as it is, so reset would restore another:"
        + " after changing the starter, cp " + lab.root().relativize(fresh) + " labs/" + lab.name() + "/"));
  }

  /** A file the learner only reads is the solution's file of the same path, but for the comment on top. */
  public List<String> givenFilesMatchSolution() {
    List<String> problems = new ArrayList<>();
    for (Path file : Compilation.javaFilesUnder(lab.starterSources())) {
      if (!read(file).startsWith(NOTHING_TO_BUILD)) {
        continue;
      }
      Path twin = lab.solutionSources().resolve(lab.starterSources().relativize(file));
      String shown = lab.dir().relativize(file).toString();
      if (!Files.isRegularFile(twin)) {
        problems.add(problem(shown + " is given, but the solution has no file at that path"));
      } else if (!withoutOpeningComment(read(file)).equals(withoutOpeningComment(read(twin)))) {
        problems.add(problem(shown + " is given, but differs from the solution's: copy the solution's code into it"));
      }
    }
    return problems;
  }

  private static List<String> withoutOpeningComment(String text) {
    List<String> lines = text.lines().toList();
    int code = 0;
    while (code < lines.size() && (lines.get(code).startsWith("//") || lines.get(code).isBlank())) {
      code++;
    }
    return lines.subList(code, lines.size());
  }

  /** At least three mistakes, each describing itself and naming goals that exist. */
  public List<String> mistakesDescribed() {
    List<String> problems = new ArrayList<>();
    List<Path> folders = lab.mistakes();
    if (folders.size() < FEWEST_MISTAKES) {
      problems.add(problem("ships " + folders.size() + " classic mistakes under solutions/" + lab.name()
          + "/mistakes; a lab ships at least " + FEWEST_MISTAKES));
    }
    Set<String> names = goals.stream().map(DeclaredGoal::name).collect(Collectors.toSet());
    for (Path folder : folders) {
      Mistake mistake = Mistake.read(folder);
      if (mistake.summary().isEmpty()) {
        problems.add(problem("mistake " + mistake.name() + " has no " + Mistake.DESCRIPTION + " with a '# ' summary"));
      }
      if (mistake.rejectedBy().isEmpty()) {
        problems.add(problem("mistake " + mistake.name() + " names no goal with 'Rejected by: <goal sentence>'"));
      }
      for (String goal : mistake.rejectedBy()) {
        if (!names.contains(goal)) {
          problems.add(problem("mistake " + mistake.name() + " is 'Rejected by: " + goal + "', which is no goal"));
        }
      }
      problems.addAll(diffProblems(mistake));
    }
    return problems;
  }

  /**
   * Every step but the last has a checkpoint, the lab as a learner has it after that step, which still applies to
   * today's solution: the kata contract uses them to prove that each goal fails while its own step is undone.
   */
  public List<String> checkpoints() {
    List<String> problems = new ArrayList<>();
    for (int step = 1; step < readme.steps().size(); step++) {
      Path diff = lab.checkpoint(step);
      String shown = "solutions/" + lab.name() + "/checkpoints/" + diff.getFileName();
      if (!Files.isRegularFile(diff)) {
        problems.add(problem("has no " + shown + ": the solution with the steps after " + step
            + " put back to the starter's TODO, as a diff against the solution"));
        continue;
      }
      try {
        Variant.afterStep(lab, step, workDir.resolve(lab.name()).resolve("after-step-" + step));
      } catch (IllegalStateException stale) {
        problems.add(problem(shown + ": " + stale.getMessage()));
      }
    }
    Path last = lab.checkpoint(readme.steps().size());
    if (Files.exists(last)) {
      problems.add(problem("has a checkpoint after its last step, which is the solution itself"));
    }
    return problems;
  }

  /** The mistake's diff exists, changes at least one solution file, and still applies to today's solution. */
  private List<String> diffProblems(Mistake mistake) {
    Path diff = mistake.folder().resolve(Variant.MISTAKE_DIFF);
    if (!Files.isRegularFile(diff)) {
      return List.of(problem("mistake " + mistake.name() + " has no " + Variant.MISTAKE_DIFF
          + " (a unified diff against the solution's src/main/java)"));
    }
    if (Patch.parse(readLines(diff)).files().isEmpty()) {
      return List.of(problem("mistake " + mistake.name() + "'s " + Variant.MISTAKE_DIFF + " changes no file"));
    }
    try {
      Variant.mistake(lab, mistake.folder(), workDir.resolve(lab.name()).resolve(mistake.name()));
      return List.of();
    } catch (IllegalStateException stale) {
      return List.of(problem("mistake " + mistake.name() + ": " + stale.getMessage()));
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String problem(String text) {
    return "lab " + lab.name() + ": " + text;
  }

  /**
   * Whether the starter hands the file at {@code packagePath} (e.g. {@code eventlings/lab03/Order.java}) over as it
   * is: it opens with "Nothing to build here", and the learner only reads it.
   */
  public static boolean givenByTheStarter(Lab lab, String packagePath) {
    Path starter = lab.starterSources().resolve(packagePath);
    return Files.isRegularFile(starter) && read(starter).startsWith(NOTHING_TO_BUILD);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
