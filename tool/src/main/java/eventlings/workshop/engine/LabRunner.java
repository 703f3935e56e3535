package eventlings.workshop.engine;

import eventlings.checkers.progress.GoalRecorder;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Path;
import java.util.List;

/** Compiles one variant of a lab and its goals, then runs the goals: the loop behind check, watch and the self-check. */
public final class LabRunner {

  private final Path workDir;

  /** @param workDir where compiled classes go; each lab and variant gets a folder of its own below it */
  public LabRunner(Path workDir) {
    this.workDir = workDir;
  }

  /** What happened when a variant was compiled and its goals run. */
  public sealed interface Outcome {

    /**
     * The variant or the goals did not compile.
     *
     * @param errors one line per error, naming file and line
     */
    record DoesNotCompile(List<String> errors) implements Outcome {}

    /**
     * The goals ran.
     *
     * @param goals every goal's result, with what the failing ones threw
     */
    record Ran(GoalRecorder goals) implements Outcome {}
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
    return new Outcome.Ran(GoalRun.run(main.output(), goals.output(), lab.goalResources()));
  }
}
