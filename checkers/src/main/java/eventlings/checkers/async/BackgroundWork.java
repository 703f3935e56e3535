package eventlings.checkers.async;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.ThrowingRunnable;

/**
 * Code under test running on its own thread, such as a consumer loop or a relay, watched so that an exception it
 * throws fails the goal at once with that very exception, instead of a silent timeout:
 *
 * <pre>{@code
 * try (BackgroundWork loop = BackgroundWork.start("order consumer", consumer::run, consumer::stop)) {
 *   kafka.send(topic, "order-1", "{\"type\":\"OrderPlaced\"}");
 *   loop.until(() -> orders.count() == 1);
 * }
 * }</pre>
 *
 * Every wait of this kit ({@link #until}, {@link #untilAsserted}, {@link RecordCollector#awaitRecords}) fails as
 * soon as any background work still open has failed. Closing asks the work to stop, waits for it to end, and
 * rethrows its failure if nothing reported it yet; what the work throws after being asked to stop is how it
 * stopped, not a failure.
 */
public final class BackgroundWork implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final Duration STOP_WAIT = Duration.ofSeconds(2);
  private static final Set<BackgroundWork> OPEN = ConcurrentHashMap.newKeySet();

  /** Code to run in the background; it may throw anything. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  private final String name;
  private final Runnable stop;
  private final Thread thread;
  private volatile Throwable failure;
  private volatile boolean reported;
  private volatile boolean stopping;

  private BackgroundWork(String name, Work work, Runnable stop) {
    this.name = name;
    this.stop = stop;
    this.thread = Thread.ofPlatform().daemon().name(name).unstarted(() -> {
      try {
        work.run();
      } catch (Throwable e) {
        // Once asked to stop, work often ends by an exception: an interrupted wait, a closed socket, a wakeup.
        if (!stopping) {
          failure = e;
        }
      }
    });
  }

  /** Runs {@code work} on a new thread named {@code name}; closing interrupts the thread to stop it. */
  public static BackgroundWork start(String name, Work work) {
    return start(name, work, () -> {});
  }

  /**
   * Runs {@code work} on a new thread named {@code name}; closing calls {@code stop} (e.g. the consumer loop's
   * {@code stop()} method) and interrupts the thread.
   */
  public static BackgroundWork start(String name, Work work, Runnable stop) {
    BackgroundWork background = new BackgroundWork(name, work, stop);
    OPEN.add(background);
    background.thread.start();
    return background;
  }

  /** True while the work has neither returned nor failed. */
  public boolean isRunning() {
    return thread.isAlive();
  }

  /** Throws the work's exception if it has failed: the same exception, or an {@link AssertionError} around a checked one. */
  public void checkNotFailed() {
    Throwable failed = failure;
    if (failed == null) {
      return;
    }
    reported = true;
    if (failed instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failed instanceof Error error) {
      throw error;
    }
    throw new AssertionError(name + " failed: " + failed, failed);
  }

  /** Waits up to 5 s until {@code condition} is true, failing at once if background work fails. */
  public void until(Callable<Boolean> condition) {
    until(WAIT, condition);
  }

  /** Waits up to {@code atMost} until {@code condition} is true, failing at once if background work fails. */
  public void until(Duration atMost, Callable<Boolean> condition) {
    try {
      watching(atMost).until(() -> {
        checkNoneFailed();
        return condition.call();
      });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(String.format(Locale.ROOT,
          "The condition did not become true within %.1f s while %s was %s",
          atMost.toMillis() / 1000.0, name, isRunning() ? "running" : "no longer running"));
    }
  }

  /**
   * Waits up to 5 s until {@code assertion} passes, failing at once if background work fails; on timeout it fails
   * with the assertion's last message.
   */
  public void untilAsserted(ThrowingRunnable assertion) {
    try {
      watching(WAIT).untilAsserted(() -> {
        checkNoneFailed();
        assertion.run();
      });
    } catch (ConditionTimeoutException e) {
      String last = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new AssertionError(String.format(Locale.ROOT, "Still failing after %.1f s while %s was %s: %s",
          WAIT.toMillis() / 1000.0, name, isRunning() ? "running" : "no longer running", last), e.getCause());
    }
  }

  private static ConditionFactory watching(Duration atMost) {
    return Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20));
  }

  /** Throws the failure of any background work still open: called by every wait of the kit. */
  public static void checkNoneFailed() {
    for (BackgroundWork background : OPEN) {
      background.checkNotFailed();
    }
  }

  /**
   * Asks the work to stop and waits up to 2 s for it to end; rethrows its failure unless a wait already did, and
   * fails if the work does not end, as a loop that cannot be stopped would keep an application from shutting down.
   */
  @Override
  public void close() {
    OPEN.remove(this);
    stopping = true;
    stop.run();
    thread.interrupt();
    try {
      thread.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!reported) {
      checkNotFailed();
    }
    if (thread.isAlive()) {
      throw new AssertionError(name + " was still running " + STOP_WAIT.toSeconds()
          + " s after it was asked to stop: does it end when stopped or interrupted?");
    }
  }
}
