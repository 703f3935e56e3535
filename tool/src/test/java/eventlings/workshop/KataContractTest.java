package eventlings.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabReadme;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.contract.Mistake;
import eventlings.workshop.engine.LabRunner;
import eventlings.workshop.engine.LabRunner.Outcome;
import eventlings.workshop.engine.Variant;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The kata contract: every goal fails on the starter (quickly, by an assertion or the starter's TODO), passes
 * on the solution, and every classic mistake is rejected by the goals it names. Run with {@code -Pkata}.
 */
@Tag("kata")
class KataContractTest {

  private static final Duration STARTER_FAILS_WITHIN = Duration.ofSeconds(5);
  private static final Repository REPOSITORY = Repository.fromSystemProperty();
  private static final Path WORK = REPOSITORY.root().resolve("tool/target/kata");
  private static final LabRunner RUNNER = new LabRunner(WORK, true);

  @AfterAll
  static void end_the_warm_jvm() {
    RUNNER.close();
  }

  @TestFactory
  Stream<DynamicContainer> every_lab_still_teaches() {
    return REPOSITORY.labsToCheck().stream().map(KataContractTest::labContract);
  }

  private static DynamicContainer labContract(Lab lab) {
    LabReadme readme = LabReadme.read(lab.readme());
    List<String> goals = readme.steps().stream().flatMap(step -> step.goals().stream()).toList();
    Supplier<List<GoalResult>> starter = LabContractTest.memoized(() -> ran(lab, Variant.starter(lab)));
    Supplier<List<GoalResult>> solution = LabContractTest.memoized(() -> ran(lab, Variant.solution(lab)));
    List<DynamicNode> checks = new ArrayList<>();
    for (String goal : goals) {
      checks.add(dynamicTest("goal \"" + goal + "\" fails on the starter, cleanly and fast",
          () -> assertFailsCleanly(lab, starter.get(), goal)));
    }
    for (String goal : goals) {
      checks.add(dynamicTest("goal \"" + goal + "\" passes on the solution",
          () -> assertPasses(lab, solution.get(), goal)));
    }
    for (LabReadme.Step step : readme.steps().subList(0, Math.max(0, readme.steps().size() - 1))) {
      checks.add(dynamicTest("after step " + step.number() + ", the goals of steps up to " + step.number()
              + " pass and every later goal fails",
          () -> assertCheckpoint(lab, readme, step.number())));
    }
    for (Path folder : lab.mistakes()) {
      Mistake mistake = Mistake.read(folder);
      checks.add(dynamicTest("mistake " + mistake.name() + " is rejected by " + mistake.rejectedBy(),
          () -> assertRejected(lab, mistake)));
    }
    return dynamicContainer("lab " + lab.name(), checks);
  }

  private static void assertFailsCleanly(Lab lab, List<GoalResult> starter, String goal) {
    GoalResult result = find(lab, starter, goal, "starter");
    assertThat(result.state().isDone())
        .as("lab %s: goal \"%s\" passes on the untouched starter: a learner would get it for free", lab.name(), goal)
        .isFalse();
    assertThat(result.clean())
        .as("lab %s: goal \"%s\" fails on the starter by a crash, not an assertion or the starter's TODO: %s",
            lab.name(), goal, result.detail())
        .isTrue();
    assertThat(result.duration())
        .as("lab %s: goal \"%s\" takes %s ms to fail on the starter", lab.name(), goal, result.duration().toMillis())
        .isLessThan(STARTER_FAILS_WITHIN);
  }

  private static void assertPasses(Lab lab, List<GoalResult> solution, String goal) {
    GoalResult result = find(lab, solution, goal, "solution");
    assertThat(result.state().isDone())
        .as("lab %s: goal \"%s\" fails on the solution (%s): %s", lab.name(), goal, result.state().label(), result.detail())
        .isTrue();
  }

  /**
   * The lab as a learner has it after {@code step}: what they built passes, and no goal of a step still undone is
   * ticked early; a goal that is, is named, since a learner would be told they are done before they began.
   */
  private static void assertCheckpoint(Lab lab, LabReadme readme, int step) {
    Path writeTo = WORK.resolve(lab.name()).resolve("after-step-" + step).resolve("src");
    List<GoalResult> ran = ran(lab, Variant.afterStep(lab, step, writeTo));
    for (LabReadme.Step each : readme.steps()) {
      for (String goal : each.goals()) {
        GoalResult result = find(lab, ran, goal, "lab after step " + step);
        if (each.number() <= step) {
          assertThat(result.state().isDone())
              .as("lab %s: after step %d, goal \"%s\" of step %d fails (%s): %s; does checkpoints/after-step-%d.diff"
                  + " undo more than the later steps?", lab.name(), step, goal, each.number(), result.state().label(),
                  result.detail(), step)
              .isTrue();
        } else {
          assertThat(result.state().isDone())
              .as("lab %s: goal \"%s\" of step %d passes after step %d, before its own step is begun: a learner"
                  + " would see it ticked for free", lab.name(), goal, each.number(), step)
              .isFalse();
        }
      }
    }
  }

  private static void assertRejected(Lab lab, Mistake mistake) {
    List<GoalResult> ran = ran(lab, Variant.mistake(lab, mistake.folder(), WORK.resolve(lab.name()).resolve(mistake.name()).resolve("src")));
    assertThat(mistake.rejectedBy()).as("lab %s: mistake %s names no goal", lab.name(), mistake.name()).isNotEmpty();
    for (String goal : mistake.rejectedBy()) {
      GoalResult result = find(lab, ran, goal, "mistake " + mistake.name());
      assertThat(result.state().isDone())
          .as("lab %s: the goals accept the classic mistake '%s' (%s): goal \"%s\" should reject it but passes",
              lab.name(), mistake.name(), mistake.summary(), goal)
          .isFalse();
    }
  }

  private static List<GoalResult> ran(Lab lab, Variant variant) {
    Outcome outcome = RUNNER.run(lab, variant);
    return switch (outcome) {
      case Outcome.Ran ran -> {
        ran.stopped().ifPresent(why -> {
          throw new AssertionError("lab " + lab.name() + ": the " + variant.name() + "'s goals stopped early: " + why);
        });
        yield ran.goals();
      }
      case Outcome.DoesNotCompile broken -> throw new AssertionError("lab " + lab.name() + ": the " + variant.name()
          + " does not compile with the goals:\n  " + String.join("\n  ", broken.errors()));
    };
  }

  private static GoalResult find(Lab lab, List<GoalResult> results, String goal, String variant) {
    return results.stream()
        .filter(result -> result.name().equals(goal))
        .findFirst()
        .orElseThrow(() -> new AssertionError("lab " + lab.name() + ": goal \"" + goal + "\" did not run on the " + variant));
  }
}
