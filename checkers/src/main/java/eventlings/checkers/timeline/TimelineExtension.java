package eventlings.checkers.timeline;

import eventlings.checkers.progress.FailureReading;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Attaches the message timeline to a failing goal: the board prints it under {@code why}, and the whole of it goes
 * to a file of the lab. Registered by {@code @WithKafka} and {@code @WithPostgres}; a goal that passes costs a few
 * recorded moments and nothing more.
 *
 * <p>The timeline is attached as a {@link eventlings.checkers.progress.BoardNote} suppressed in the very failure,
 * which is rethrown as it came. Goals not written yet (the starter's TODO) and goals that cannot run here get none.
 */
public final class TimelineExtension implements BeforeAllCallback, AfterEachCallback, TestExecutionExceptionHandler,
    LifecycleMethodExecutionExceptionHandler {

  @Override
  public void beforeAll(ExtensionContext context) {
    Timeline.of(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Timeline.of(context).goalEnded();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    throw withTimeline(context, failure);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    throw withTimeline(context, failure);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    throw withTimeline(context, failure);
  }

  private static Throwable withTimeline(ExtensionContext context, Throwable failure) {
    if (!FailureReading.isTodo(failure) && !(failure instanceof TestAbortedException)) {
      Timeline.of(context).noteFor(context, failure).ifPresent(failure::addSuppressed);
    }
    return failure;
  }
}
