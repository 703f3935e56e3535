package eventlings.workshop.engine;

import eventlings.checkers.progress.GoalResult;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Compiles one variant of a lab and its goals in this JVM, where javac is warm, then runs the goals in a JVM of
 * their own that ends afterwards: the loop behind check, watch and the self-checks.
 */
public final class LabRunner implements AutoCloseable {

  private final Path workDir;
  private final boolean checksAgain;
  private ChildJvms children;

  /**
   * @param workDir where compiled classes go; each lab and variant gets a folder of its own below it
   * @param checksAgain true for a runner that runs goals again and again: it keeps the next JVM warm
   */
  public LabRunner(Path workDir, boolean checksAgain) {
    this.workDir = workDir;
    this.checksAgain = checksAgain;
  }

  /** What happened when a variant was compiled and its goals run. */
  public sealed interface Outcome {

    /**
     * The variant or the goals did not compile.
     *
     * @param errors each error as javac prints it, naming file and line
     */
    record DoesNotCompile(List<String> errors) implements Outcome {}

    /**
     * The goals ran.
     *
     * @param goals every goal's result, with why the failing ones failed
     * @param stopped why the run ended before every goal had run, if it did
     */
    record Ran(List<GoalResult> goals, Optional<String> stopped) implements Outcome {}
  }

  public Outcome run(Lab lab, Variant variant) {
    Path target = workDir.resolve(lab.name()).resolve(variant.name()).resolve("target");
    Compilation main = Compilation.compile(variant.sources(), target.resolve("classes"), List.of(), lab.root());
    if (!main.succeeded()) {
      return new Outcome.DoesNotCompile(main.errors());
    }
    Compilation goals = Compilation.compile(
        Compilation.javaFilesUnder(lab.goalSources()), target.resolve("test-classes"), List.of(main.output()), lab.root());
    if (!goals.succeeded()) {
      return new Outcome.DoesNotCompile(goals.errors());
    }
    ChildJvms.Report report = children().run(new ChildMain.Request(main.output(), goals.output(), lab.goalResources(),
        lab.name(), lab.dir(), variant.name(), target.resolve("output.log")));
    return new Outcome.Ran(report.goals(), report.stopped());
  }

  /** Starts the JVM for the first check now, to warm up while the code compiles. */
  public void warmUp() {
    children();
  }

  /** Started on the first run or warm-up: a command that checks nothing starts no JVM. */
  private synchronized ChildJvms children() {
    if (children == null) {
      children = ChildJvms.start(workDir, checksAgain);
    }
    return children;
  }

  @Override
  public synchronized void close() {
    if (children != null) {
      children.close();
    }
  }
}
