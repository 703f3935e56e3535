package eventlings.checkers.progress;

import eventlings.checkers.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records the outcome of every goal of a run. Tests without {@link Step} are not goals and are ignored.
 * Used by {@link GoalListener} under Maven and IDEs, and directly by {@code ./workshop} and the self-check.
 */
public class GoalRecorder implements TestExecutionListener {

  private final Map<String, Instant> started = new LinkedHashMap<>();
  private final Map<String, GoalResult> results = new LinkedHashMap<>();
  private final Map<String, Throwable> failures = new LinkedHashMap<>();
  private TestPlan plan;

  /** The goals recorded so far, in the order they finished. */
  public List<GoalResult> results() {
    return new ArrayList<>(results.values());
  }

  /** What a goal threw, by {@link GoalResult#id()}, for goals that did not pass. */
  public Optional<Throwable> failureOf(GoalResult goal) {
    return Optional.ofNullable(failures.get(goal.id()));
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    List<GoalResult> planned = new ArrayList<>();
    for (TestIdentifier root : testPlan.getRoots()) {
      for (TestIdentifier test : testPlan.getDescendants(root)) {
        if (test.isTest()) {
          goalStep(test).ifPresent(step -> planned.add(goal(test, step, GoalState.NOT_RUN, Duration.ZERO, "")));
        }
      }
    }
    goalsPlanned(planned);
  }

  /** Called before any goal runs, with every goal about to run; a recorder that reports as it goes overrides it. */
  protected void goalsPlanned(List<GoalResult> goals) {}

  @Override
  public void executionStarted(TestIdentifier test) {
    started.put(test.getUniqueId(), Instant.now());
    if (test.isTest()) {
      goalStep(test).ifPresent(step -> goalStarted(goal(test, step, GoalState.NOT_RUN, Duration.ZERO, "")));
    }
  }

  /** Called as a goal starts, with the goal as yet without a result; a recorder that reports as it goes overrides it. */
  protected void goalStarted(GoalResult goal) {}

  /** Called as each goal's result is known, in that order; a recorder that reports as it goes overrides it. */
  protected void recorded(GoalResult goal) {}

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Duration took = Duration.between(started.getOrDefault(test.getUniqueId(), Instant.now()), Instant.now());
    if (test.isTest()) {
      goalStep(test).ifPresent(step -> record(test, step, result, took));
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && plan != null) {
      // A failure before any goal ran (a @BeforeAll, an extension that could not start a broker) fails
      // every goal below it that has not reported, with the same reason.
      for (TestIdentifier descendant : plan.getDescendants(test)) {
        if (descendant.isTest() && !results.containsKey(descendant.getUniqueId())) {
          goalStep(descendant).ifPresent(step -> record(descendant, step, result, Duration.ZERO));
        }
      }
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (test.isTest()) {
      goalStep(test).ifPresent(step -> keep(test, goal(test, step, GoalState.SKIPPED, Duration.ZERO, reason)));
    }
  }

  private void record(TestIdentifier test, int step, TestExecutionResult result, Duration took) {
    GoalResult goal = switch (result.getStatus()) {
      case SUCCESSFUL -> goal(test, step, GoalState.DONE, took, "");
      case ABORTED, FAILED -> {
        Throwable thrown = result.getThrowable().orElseGet(() -> new AssertionError("failed without a reason"));
        // Under mvn test an unmet goal reaches the runner set aside; the board wants what it really threw, with
        // whatever kit helpers noted on the way (a timeline noted after the goal was set aside, say).
        Throwable failure = thrown instanceof UnmetGoal unmet ? unmet.reason() : thrown;
        GoalResult failed = new GoalResult(step, className(test), methodName(test), test.getDisplayName(),
            FailureReading.stateOf(failure), took, FailureReading.detailOf(failure),
            FailureReading.fileOf(failure).orElse(""), FailureReading.isCleanFailure(failure));
        failures.put(failed.id(), failure);
        yield failed;
      }
    };
    keep(test, goal);
  }

  private void keep(TestIdentifier test, GoalResult goal) {
    results.put(test.getUniqueId(), goal);
    recorded(goal);
  }

  private static GoalResult goal(TestIdentifier test, int step, GoalState state, Duration took, String detail) {
    return new GoalResult(step, className(test), methodName(test), test.getDisplayName(), state, took, detail);
  }

  private static String className(TestIdentifier test) {
    return ((MethodSource) test.getSource().orElseThrow()).getClassName();
  }

  private static String methodName(TestIdentifier test) {
    return ((MethodSource) test.getSource().orElseThrow()).getMethodName();
  }

  /** The goal's README step, when the test is a goal at all. */
  static Optional<Integer> goalStep(TestIdentifier test) {
    return test.getSource()
        .filter(MethodSource.class::isInstance)
        .map(MethodSource.class::cast)
        .flatMap(GoalRecorder::stepOf);
  }

  private static Optional<Integer> stepOf(MethodSource source) {
    try {
      return Optional.ofNullable(source.getJavaMethod().getAnnotation(Step.class)).map(Step::value);
    } catch (RuntimeException notLoadable) {
      return Optional.empty();
    }
  }
}
