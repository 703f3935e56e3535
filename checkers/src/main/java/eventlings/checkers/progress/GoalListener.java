package eventlings.checkers.progress;

import eventlings.checkers.Step;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Records every goal's outcome while a lab's tests run, saves them for the summary board and
 * {@code ./workshop}, and prints the lab's board at the end.
 *
 * <p>Registered through {@code META-INF/services}, so surefire and IDEs pick it up without configuration.
 * Tests without {@link Step} are not goals and are ignored.
 */
public class GoalListener implements TestExecutionListener {

  private final Map<String, Instant> started = new LinkedHashMap<>();
  private final Map<String, GoalResult> results = new LinkedHashMap<>();
  private TestPlan plan;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    started.put(test.getUniqueId(), Instant.now());
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Duration took = Duration.between(started.getOrDefault(test.getUniqueId(), Instant.now()), Instant.now());
    if (test.isTest()) {
      goalStep(test).ifPresent(step -> results.put(test.getUniqueId(), resultOf(test, step, result, took)));
    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && plan != null) {
      // A failure before any goal ran (a @BeforeAll, an extension that could not start a broker) fails
      // every goal below it that has not reported, with the same reason.
      for (TestIdentifier descendant : plan.getDescendants(test)) {
        if (descendant.isTest() && !results.containsKey(descendant.getUniqueId())) {
          goalStep(descendant).ifPresent(step ->
              results.put(descendant.getUniqueId(), resultOf(descendant, step, result, Duration.ZERO)));
        }
      }
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (test.isTest()) {
      goalStep(test).ifPresent(step -> results.put(test.getUniqueId(),
          goal(test, step, GoalState.FAILING, Duration.ZERO, "skipped: " + reason)));
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (results.isEmpty()) {
      return;
    }
    LabLocation location = LabLocation.fromSystemProperties();
    LabResults lab = new LabResults(location.lab(), location.variant(), Instant.now(), new ArrayList<>(results.values()));
    location.resultsFile().ifPresent(lab::writeTo);
    System.out.print(render(lab, location));
    System.out.flush();
  }

  private static String render(LabResults lab, LabLocation location) {
    Path readme = location.labDir().resolve("README.md");
    if (!Files.isRegularFile(readme)) {
      return "";
    }
    if (location.variant().equals("solution") && lab.complete()) {
      return "\nsolution " + lab.lab() + ": all " + lab.goals().size() + " goals pass\n";
    }
    String labPath = "labs/" + lab.lab();
    return new Board(Style.detect()).lab(lab, LabReadme.read(readme), labPath);
  }

  private static GoalResult resultOf(TestIdentifier test, int step, TestExecutionResult result, Duration took) {
    return switch (result.getStatus()) {
      case SUCCESSFUL -> goal(test, step, GoalState.DONE, took, "");
      case ABORTED, FAILED -> {
        Throwable failure = result.getThrowable().orElseGet(() -> new AssertionError("failed without a reason"));
        yield goal(test, step, FailureReading.stateOf(failure), took, FailureReading.detailOf(failure));
      }
    };
  }

  private static GoalResult goal(TestIdentifier test, int step, GoalState state, Duration took, String detail) {
    MethodSource source = (MethodSource) test.getSource().orElseThrow();
    return new GoalResult(step, source.getClassName(), source.getMethodName(), test.getDisplayName(), state, took, detail);
  }

  /** The goal's README step, when the test is a goal at all. */
  static Optional<Integer> goalStep(TestIdentifier test) {
    return test.getSource()
        .filter(MethodSource.class::isInstance)
        .map(MethodSource.class::cast)
        .flatMap(GoalListener::stepOf);
  }

  private static Optional<Integer> stepOf(MethodSource source) {
    try {
      return Optional.ofNullable(source.getJavaMethod().getAnnotation(Step.class)).map(Step::value);
    } catch (RuntimeException notLoadable) {
      return Optional.empty();
    }
  }

  /**
   * Where the lab being tested lives, from system properties set by the build, or the working directory in
   * an IDE.
   */
  record LabLocation(String lab, String variant, Path labDir, Optional<Path> resultsFile) {

    static LabLocation fromSystemProperties() {
      Path labDir = Path.of(System.getProperty("eventlings.lab.dir", "")).toAbsolutePath().normalize();
      String lab = System.getProperty("eventlings.lab", labDir.getFileName() == null ? "lab" : labDir.getFileName().toString());
      String variant = System.getProperty("eventlings.variant", "lab");
      Optional<Path> results = Optional.ofNullable(System.getProperty("eventlings.results")).map(Path::of);
      return new LabLocation(lab, variant, labDir, results);
    }
  }
}
