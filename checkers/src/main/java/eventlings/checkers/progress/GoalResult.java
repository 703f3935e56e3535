package eventlings.checkers.progress;

import java.time.Duration;

/**
 * The outcome of one goal in one run.
 *
 * @param step the README step the goal belongs to
 * @param testClass the fully qualified name of the test class
 * @param method the test method name
 * @param name the goal's sentence, from {@code @DisplayName}
 * @param state where the learner stands on it
 * @param duration how long it ran
 * @param detail one line saying why it is not done (empty when done)
 */
public record GoalResult(
    int step, String testClass, String method, String name, GoalState state, Duration duration, String detail) {

  public GoalResult {
    detail = detail == null ? "" : oneLine(detail);
  }

  public String id() {
    return testClass + "#" + method;
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
