package eventlings.checkers.timeline;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import eventlings.checkers.progress.GoalRecorder;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs goal classes of the kit's tests through the JUnit Platform, as {@code ./workshop} does, and records them as
 * the board would. Such classes fail on purpose, so they carry {@link OnlyWhenLaunched} and stay disabled in any
 * other run (surefire, an IDE running the package).
 */
final class LaunchedGoals {

  private static final String LAUNCHED = "eventlings.kit.launched";

  private LaunchedGoals() {}

  static GoalRecorder run(Class<?>... goalClasses) {
    return run(Map.of(), goalClasses);
  }

  static GoalRecorder run(Map<String, String> parameters, Class<?>... goalClasses) {
    GoalRecorder recorder = new GoalRecorder();
    Launcher launcher = LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(Arrays.stream(goalClasses).map(goalClass -> selectClass(goalClass)).toList())
        .configurationParameter(LAUNCHED, "true")
        .configurationParameters(parameters)
        .build(), recorder);
    return recorder;
  }

  /** The class runs only when {@link LaunchedGoals} runs it. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(OnlyWhenLaunched.Condition.class)
  @interface OnlyWhenLaunched {

    final class Condition implements ExecutionCondition {
      @Override
      public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(LAUNCHED).isPresent()
            ? ConditionEvaluationResult.enabled("launched by a kit test")
            : ConditionEvaluationResult.disabled("fails on purpose: a kit test launches it");
      }
    }
  }
}
