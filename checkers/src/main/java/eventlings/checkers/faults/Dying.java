package eventlings.checkers.faults;

import eventlings.checkers.async.BackgroundWork;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The death of a process, shared by the crash faults: whether it happened, its database connections (which die
 * with it, rolling back what was not committed), and how a goal waits for it.
 */
final class Dying {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private final String afterDeath;
  private final Optional<ProcessCrash> database;
  private final CountDownLatch died = new CountDownLatch(1);

  Dying(String afterDeath, Optional<DataSource> database) {
    this.afterDeath = afterDeath;
    this.database = database.map(source -> ProcessCrash.whenTold(source, afterDeath));
  }

  /** The process's connections: they fail once it died. */
  DataSource dataSource() {
    return database.orElseThrow(() -> new IllegalStateException("this crash was made without a data source")).dataSource();
  }

  boolean happened() {
    return died.getCount() == 0;
  }

  /** The process dies now: its open transactions roll back and its connections close. */
  void now() {
    if (happened()) {
      return;
    }
    died.countDown();
    database.ifPresent(crash -> {
      try {
        crash.crash();
      } catch (SQLException e) {
        // A connection that cannot even be closed is as dead as the process.
      }
    });
  }

  ProcessCrashed failure() {
    return new ProcessCrashed(afterDeath);
  }

  /**
   * Waits up to 5 s for the death, then ends {@code loop}, the background work that ran the process: its failure
   * by the crash is expected and swallowed, any other failure is thrown.
   */
  void await(BackgroundWork loop) {
    boolean dead;
    try {
      dead = died.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the process to crash", e);
    }
    if (!dead) {
      throw new AssertionError("the process did not reach the point where it crashes within " + WAIT.toSeconds() + " s");
    }
    try {
      loop.close();
    } catch (RuntimeException | AssertionError e) {
      if (!causedByTheCrash(e)) {
        throw e;
      }
    }
  }

  /** The process's own code met its death: a dead client's exception, or a dead connection's. */
  private boolean causedByTheCrash(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof ProcessCrashed || (cause instanceof SQLException && afterDeath.equals(cause.getMessage()))) {
        return true;
      }
    }
    return false;
  }
}
