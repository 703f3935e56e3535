package eventlings.workshop.cli;

import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.GoalState;
import eventlings.checkers.progress.LabGuide;
import eventlings.checkers.progress.LabReadme;
import eventlings.checkers.progress.LabResults;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.engine.LabRunner;
import eventlings.workshop.engine.LabRunner.Outcome;
import eventlings.workshop.engine.Variant;
import eventlings.workshop.engine.WorkFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the learner stands in each lab. A lab is checked in this JVM (compiled with javac, goals run through
 * the JUnit Platform), and its results are saved where {@code mvn test} saves them, so either can be used and
 * the other reads what it found.
 */
final class Progress implements AutoCloseable {

  private final LabRunner runner;

  /**
   * @param checks true for a command that runs goals: the JVM for them starts warming up at once
   * @param checksAgain true for a command that may check several times: the next JVM is kept warm too
   */
  Progress(Repository repository, boolean checks, boolean checksAgain) {
    this.runner = new LabRunner(WorkFolders.forThisProcess(repository.root()), checksAgain);
    if (checks) {
      runner.warmUp();
    }
  }

  /**
   * One check of a lab's code as the learner left it.
   *
   * @param results every goal's state, saved for the boards
   * @param compileErrors each error as javac prints it; empty when it compiled
   * @param stopped why the goals stopped before all had run, if they did
   * @param took how long compiling and running took
   */
  record Checked(LabResults results, List<String> compileErrors, Optional<String> stopped, Duration took) {}

  /** Compiles the learner's code and the goals, runs the goals, and saves the results. */
  Checked check(Lab lab) {
    long started = System.nanoTime();
    Outcome outcome = runner.run(lab, Variant.starter(lab));
    List<String> errors = outcome instanceof Outcome.DoesNotCompile broken ? broken.errors() : List.of();
    Optional<String> stopped = outcome instanceof Outcome.Ran ran ? ran.stopped() : Optional.empty();
    LabResults results = switch (outcome) {
      case Outcome.Ran ran -> new LabResults(lab.name(), "lab", Instant.now(), ran.goals()).against(guide(lab).readme());
      case Outcome.DoesNotCompile broken -> doesNotCompile(lab, broken.errors());
    };
    results.writeTo(lab.resultsFile());
    return new Checked(results, errors, stopped, Duration.ofNanos(System.nanoTime() - started));
  }

  /** The results the last check or {@code mvn test} saved, unless the lab's code changed since. */
  static Optional<LabResults> saved(Lab lab) {
    Path file = lab.resultsFile();
    if (!Files.isRegularFile(file) || changedSince(lab, file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LabResults.readFrom(file).against(guide(lab).readme()));
    } catch (RuntimeException unreadable) {
      // From an older version of the workshop, or cut short: checking again writes a good one.
      return Optional.empty();
    }
  }

  /** The saved results when current, otherwise a fresh check. */
  LabResults latest(Lab lab) {
    return saved(lab).orElseGet(() -> check(lab).results());
  }

  /**
   * The lab to work on when none is named: the one last checked while it is not done; once it is, the next one
   * after it not done yet (a learner who joined the room's lab moves on from there, not back to lab 00); with
   * nothing checked yet, the first lab not done.
   */
  static Lab current(List<Lab> labs) {
    Optional<Lab> last = lastChecked(labs);
    if (last.isPresent() && !settled(last.get())) {
      return last.get();
    }
    int from = last.map(labs::indexOf).map(index -> index + 1).orElse(0);
    return labs.subList(Math.min(from, labs.size()), labs.size()).stream()
        .filter(lab -> !settled(lab))
        .findFirst()
        .orElseGet(() -> labs.stream().filter(lab -> !settled(lab)).findFirst().orElse(labs.getLast()));
  }

  /** The lab whose results were saved last, by a check or by mvn test. */
  static Optional<Lab> lastChecked(List<Lab> labs) {
    return labs.stream()
        .filter(lab -> Files.isRegularFile(lab.resultsFile()))
        .max(java.util.Comparator.comparing(lab -> lastModified(lab.resultsFile())));
  }

  /** True when the lab's saved results say there is nothing left to do in it here. */
  static boolean settled(Lab lab) {
    return saved(lab).map(LabResults::settled).orElse(false);
  }

  /** Ends the JVM kept warm for the next check. */
  @Override
  public void close() {
    runner.close();
  }

  /** The README and hints, or empty ones while a lab is still being written. */
  static LabGuide guide(Lab lab) {
    return LabGuide.of(lab.dir());
  }

  /** Every goal the README lists, marked as not compiling, with the first error as the reason. */
  private static LabResults doesNotCompile(Lab lab, List<String> errors) {
    String reason = "your code does not compile: " + errors.getFirst();
    List<GoalResult> goals = new ArrayList<>();
    for (LabReadme.Step step : guide(lab).readme().steps()) {
      for (String goal : step.goals()) {
        goals.add(new GoalResult(step.number(), "", "", goal, GoalState.DOES_NOT_COMPILE, Duration.ZERO, reason));
      }
    }
    return new LabResults(lab.name(), "lab", Instant.now(), goals);
  }

  /** True when any file or folder of the lab's code or goals was saved after the results were taken. */
  private static boolean changedSince(Lab lab, Path results) {
    try {
      FileTime taken = Files.getLastModifiedTime(results);
      return Stream.of(lab.starterSources(), lab.goalSources(), lab.readme())
          .filter(Files::exists)
          .anyMatch(path -> newerThan(path, taken));
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean newerThan(Path tree, FileTime taken) {
    try (Stream<Path> paths = Files.walk(tree)) {
      return paths.anyMatch(path -> lastModified(path).compareTo(taken) > 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileTime lastModified(Path path) {
    try {
      return Files.getLastModifiedTime(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
