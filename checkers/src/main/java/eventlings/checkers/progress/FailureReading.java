package eventlings.checkers.progress;

import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Turns a goal's throwable into a state and one line a learner can act on. */
public final class FailureReading {

  private static final int MAX_DETAIL = 240;

  private FailureReading() {}

  public static GoalState stateOf(Throwable failure) {
    if (isTodo(failure)) {
      return GoalState.NOT_STARTED;
    }
    if (isTimeout(failure)) {
      return GoalState.TIMED_OUT;
    }
    return GoalState.FAILING;
  }

  /** The starter's way of saying "not written yet": {@code new UnsupportedOperationException("TODO(step N): ...")}. */
  public static boolean isTodo(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnsupportedOperationException
          && cause.getMessage() != null
          && cause.getMessage().startsWith("TODO")) {
        return true;
      }
    }
    return false;
  }

  public static boolean isTimeout(Throwable failure) {
    return failure instanceof TimeoutException
        || String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("timed out after");
  }

  /** True for failures a goal means to raise: an assertion or the starter's TODO. Anything else is a crash. */
  public static boolean isCleanFailure(Throwable failure) {
    return failure instanceof AssertionError || isTodo(failure);
  }

  public static String detailOf(Throwable failure) {
    if (isTodo(failure)) {
      return todoMessage(failure);
    }
    if (isTimeout(failure)) {
      return "it did not finish within the time limit: look for a loop that never ends, or a wait for something that never comes";
    }
    String message = failure.getMessage() == null ? "" : GoalResult.oneLine(withoutArchUnitPreamble(failure.getMessage()));
    String text = failure instanceof AssertionError
        ? message
        : failure.getClass().getSimpleName() + where(failure) + (message.isEmpty() ? "" : ": " + message);
    return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 3) + "...";
  }

  /** ArchUnit opens with the rule's full text; the violations after it are what a learner needs first. */
  private static String withoutArchUnitPreamble(String message) {
    int violations = message.indexOf("times):");
    return message.startsWith("Architecture Violation") && violations > 0
        ? message.substring(violations + "times):".length())
        : message;
  }

  private static String todoMessage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnsupportedOperationException && cause.getMessage() != null
          && cause.getMessage().startsWith("TODO")) {
        return cause.getMessage() + where(cause);
      }
    }
    return "TODO";
  }

  /** The first frame in the learner's own code, so the message points at a line they can open. */
  private static String where(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith("eventlings.lab") && frame.getFileName() != null
          && !frame.getFileName().endsWith("Test.java")) {
        return " at " + frame.getFileName() + ":" + frame.getLineNumber();
      }
    }
    return "";
  }
}
