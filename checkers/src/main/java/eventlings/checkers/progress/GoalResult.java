package eventlings.checkers.progress;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The outcome of one goal in one run.
 *
 * @param step the README step the goal belongs to
 * @param testClass the fully qualified name of the test class
 * @param method the test method name
 * @param name the goal's sentence, from {@code @DisplayName}
 * @param state where the learner stands on it
 * @param duration how long it ran
 * @param detail why it is not done, a few lines at most (empty when done)
 * @param file the learner's file where it failed, relative to {@code src/main/java}; empty when not known
 * @param clean false when it failed by something other than an assertion or the starter's TODO: a crash
 */
public record GoalResult(
    int step, String testClass, String method, String name, GoalState state, Duration duration, String detail,
    String file, boolean clean) {

  public GoalResult {
    detail = detail == null ? "" : tidy(detail);
    file = file == null ? "" : file;
  }

  /** A result that names no file and did not crash. */
  public GoalResult(int step, String testClass, String method, String name, GoalState state, Duration duration,
      String detail) {
    this(step, testClass, method, name, state, duration, detail, "", true);
  }

  public String id() {
    return testClass + "#" + method;
  }

  /** Lines without trailing blanks, and no empty lines at either end. */
  static String tidy(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
  }
}
