package eventlings.checkers.progress;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opentest4j.TestAbortedException;

/**
 * Turns what a goal threw into a state and a few lines a learner can act on: what went wrong, where in their own
 * code, and why, never how to fix it (that is the hint ladder's last rung).
 */
public final class FailureReading {

  /** Lines of a reason the board shows; a longer one keeps its first and last lines, where the difference is. */
  static final int MOST_LINES = 14;
  /** Characters of one line; a longer one keeps its start and its end. */
  static final int LONGEST_LINE = 220;
  /** ArchUnit violations shown, one per line; the rest are counted. */
  static final int MOST_VIOLATIONS = 5;

  /**
   * Marks where a kit rule's suggestion starts, as in {@code "... is not sealed. [suggestion: ...]"}: useful in a
   * real project, but on the board it would give the answer away, so the board leaves it out.
   */
  public static final String SUGGESTION = "[suggestion:";

  private static final Pattern SUGGESTION_TEXT = Pattern.compile("\\s*\\[suggestion:[^\\]]*\\]");
  private static final Pattern ARCHUNIT_HEADER = Pattern.compile("^Architecture Violation.*?\\((\\d+) times\\):\\s*", Pattern.DOTALL);
  private static final String TIMED_OUT = "it did not finish within the time limit: look for a loop that never ends,"
      + " or a wait for something that never comes";

  private FailureReading() {}

  public static GoalState stateOf(Throwable failure) {
    if (isTodo(failure)) {
      return GoalState.NOT_STARTED;
    }
    if (isTimeout(failure)) {
      return GoalState.TIMED_OUT;
    }
    if (failure instanceof TestAbortedException) {
      return GoalState.SKIPPED;
    }
    return GoalState.FAILING;
  }

  /** The starter's way of saying "not written yet": {@code new UnsupportedOperationException("TODO(step N): ...")}. */
  public static boolean isTodo(Throwable failure) {
    return todo(failure).isPresent();
  }

  public static boolean isTimeout(Throwable failure) {
    return failure instanceof TimeoutException
        || String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("timed out after");
  }

  /** True for failures a goal means to raise: an assertion or the starter's TODO. Anything else is a crash. */
  public static boolean isCleanFailure(Throwable failure) {
    return failure instanceof AssertionError || isTodo(failure);
  }

  /** What the board shows under {@code why}: the reason, then what kit helpers attached, such as a timeline. */
  public static String detailOf(Throwable failure) {
    StringBuilder text = new StringBuilder(reasonOf(failure));
    for (Throwable suppressed : failure.getSuppressed()) {
      if (suppressed instanceof BoardNote note) {
        note.lines().forEach(line -> text.append('\n').append(line));
        note.savedTo().ifPresent(file -> text.append('\n').append("(all of it in ").append(file).append(')'));
      }
    }
    return text.toString();
  }

  /**
   * The learner's source file where the failure happened, relative to {@code src/main/java} (e.g.
   * {@code eventlings/lab02/OrderAggregate.java}): the deepest frame of their code in the deepest cause that has
   * one. Empty when their code is not on the stack, as when a goal's assertion fails after their code returned.
   */
  public static Optional<String> fileOf(Throwable failure) {
    List<Throwable> chain = causes(failure);
    for (int index = chain.size() - 1; index >= 0; index--) {
      Optional<StackTraceElement> frame = learnerFrame(chain.get(index));
      if (frame.isPresent()) {
        String className = frame.get().getClassName();
        String folder = className.contains(".") ? className.substring(0, className.lastIndexOf('.')).replace('.', '/') : "";
        return Optional.of((folder.isEmpty() ? "" : folder + "/") + frame.get().getFileName());
      }
    }
    return Optional.empty();
  }

  private static String reasonOf(Throwable failure) {
    Optional<Throwable> todo = todo(failure);
    if (todo.isPresent()) {
      return todo.get().getMessage() + where(todo.get());
    }
    if (isTimeout(failure)) {
      return TIMED_OUT;
    }
    if (failure instanceof TestAbortedException) {
      return Optional.ofNullable(failure.getMessage()).map(String::strip).orElse("it cannot run here");
    }
    List<String> lines = new ArrayList<>(linesOf(failure));
    List<Throwable> chain = causes(failure);
    Throwable deepest = chain.getLast();
    if (deepest != failure && !(failure instanceof AssertionError)) {
      // "Could not append" says little; the database's own words, at the cause, say what went wrong.
      List<String> cause = linesOf(deepest);
      lines.add("caused by " + cause.getFirst());
      cause.stream().skip(1).forEach(lines::add);
    }
    return String.join("\n", shortened(lines));
  }

  /** One throwable's message as lines: an assertion as written, anything else with its type and place first. */
  private static List<String> linesOf(Throwable failure) {
    String message = failure.getMessage() == null ? "" : readable(failure.getMessage());
    List<String> lines = new ArrayList<>(message.lines().map(String::stripTrailing).toList());
    while (!lines.isEmpty() && lines.getFirst().isBlank()) {
      lines.removeFirst();
    }
    if (failure instanceof AssertionError) {
      return lines.isEmpty() ? List.of(failure.getClass().getSimpleName()) : lines;
    }
    String head = failure.getClass().getSimpleName() + where(failure);
    if (lines.isEmpty()) {
      return List.of(head);
    }
    lines.set(0, head + ": " + lines.getFirst());
    return lines;
  }

  /** ArchUnit's preamble repeats the rule; what a learner needs are the violations, one per line, the first few. */
  private static String readable(String message) {
    String text = SUGGESTION_TEXT.matcher(message).replaceAll("");
    Matcher header = ARCHUNIT_HEADER.matcher(text);
    if (!header.find()) {
      return text;
    }
    List<String> violations = text.substring(header.end()).lines().map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
    List<String> shown = new ArrayList<>(violations.subList(0, Math.min(violations.size(), MOST_VIOLATIONS)));
    if (violations.size() > MOST_VIOLATIONS) {
      shown.add("and " + (violations.size() - MOST_VIOLATIONS) + " more");
    }
    return String.join("\n", shown);
  }

  /** At most {@link #MOST_LINES} lines of at most {@link #LONGEST_LINE} characters, keeping both ends of each. */
  static List<String> shortened(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      kept.add(line.length() <= LONGEST_LINE ? line
          : line.substring(0, LONGEST_LINE * 2 / 3) + " ... " + line.substring(line.length() - LONGEST_LINE / 3));
    }
    if (kept.size() <= MOST_LINES) {
      return kept;
    }
    // AssertJ says what differs at the end ("but was", "elements not found"): keep the tail whole.
    int head = 3;
    int tail = MOST_LINES - head - 1;
    List<String> shown = new ArrayList<>(kept.subList(0, head));
    shown.add("... (" + (kept.size() - head - tail) + " lines left out)");
    shown.addAll(kept.subList(kept.size() - tail, kept.size()));
    return shown;
  }

  private static Optional<Throwable> todo(Throwable failure) {
    return causes(failure).stream()
        .filter(cause -> cause instanceof UnsupportedOperationException && cause.getMessage() != null
            && cause.getMessage().startsWith("TODO"))
        .findFirst();
  }

  /** The failure and its causes, outermost first, without looping on a cause chain that cycles. */
  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    return chain;
  }

  /** The first frame in the learner's own code, so the message points at a line they can open. */
  private static String where(Throwable failure) {
    return learnerFrame(failure).map(frame -> " at " + frame.getFileName() + ":" + frame.getLineNumber()).orElse("");
  }

  private static Optional<StackTraceElement> learnerFrame(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (isLearnerCode(frame)) {
        return Optional.of(frame);
      }
    }
    return Optional.empty();
  }

  /**
   * A frame of the lab's {@code src/main/java}: a lab package, and a class compiled into a main class folder, not
   * the goals' {@code test-classes} (goal helpers such as fixtures live there too, whatever their name).
   */
  static boolean isLearnerCode(StackTraceElement frame) {
    if (!frame.getClassName().startsWith("eventlings.lab") || frame.getFileName() == null) {
      return false;
    }
    return whereCompiled(frame.getClassName())
        .map(location -> !location.contains("test-classes"))
        .orElse(!frame.getFileName().endsWith("Test.java"));
  }

  private static Optional<String> whereCompiled(String className) {
    try {
      Class<?> type = Class.forName(className, false, Thread.currentThread().getContextClassLoader());
      CodeSource source = type.getProtectionDomain().getCodeSource();
      return Optional.ofNullable(source).map(CodeSource::getLocation).map(URL::getPath);
    } catch (ClassNotFoundException | LinkageError | SecurityException e) {
      return Optional.empty();
    }
  }
}
