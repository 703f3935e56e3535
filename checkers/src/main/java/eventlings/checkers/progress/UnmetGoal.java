package eventlings.checkers.progress;

import org.opentest4j.TestAbortedException;

/**
 * A goal not met yet, as Maven's test runner is told of it in a lab: not a failure (which would end the build in a
 * wall of ERROR lines) but a goal set aside for now. The board reads the goal's real reason, the cause.
 */
public final class UnmetGoal extends TestAbortedException {

  UnmetGoal(Throwable reason) {
    super("not met yet: " + reason, reason);
  }

  /** What the goal threw, carrying the notes kit helpers attached to either. */
  Throwable reason() {
    Throwable reason = getCause();
    for (Throwable note : getSuppressed()) {
      if (note instanceof BoardNote) {
        reason.addSuppressed(note);
      }
    }
    return reason;
  }
}
