package eventlings.checkers.faults;

import eventlings.checkers.kafka.Kafka;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The broker goes down now and comes back after a given time, while the test goes on: sends wait for it, consumers
 * stall, and code that gives up too soon loses messages.
 *
 * <pre>{@code
 * try (BrokerOutage outage = BrokerOutage.lasting(kafka, Duration.ofSeconds(2))) {
 *   relay.publishPending();      // must survive the outage and deliver afterwards
 *   outage.awaitEnd();
 * }
 * }</pre>
 *
 * Only the embedded broker can be stopped by a test: on an external or container broker the goal is skipped (the
 * board says it cannot run there). Closing waits for the broker to be back.
 */
public final class BrokerOutage implements AutoCloseable {

  /** Beyond the outage itself: a broker takes up to a few seconds to start. */
  private static final Duration RESTART = Duration.ofSeconds(15);

  private final Duration length;
  private final CompletableFuture<Void> restarted;

  private BrokerOutage(Duration length, CompletableFuture<Void> restarted) {
    this.length = length;
    this.restarted = restarted;
  }

  /** Stops {@code kafka}'s broker now and starts it again {@code length} later, on another thread. */
  public static BrokerOutage lasting(Kafka kafka, Duration length) {
    kafka.stopBroker();
    CompletableFuture<Void> restarted = CompletableFuture.runAsync(kafka::startBroker,
        CompletableFuture.delayedExecutor(length.toMillis(), TimeUnit.MILLISECONDS));
    return new BrokerOutage(length, restarted);
  }

  /** True once the broker is back. */
  public boolean isOver() {
    return restarted.isDone();
  }

  /** Waits until the broker is back, at most the outage's length and 15 s more. */
  public void awaitEnd() {
    try {
      restarted.get(length.plus(RESTART).toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker did not start again after the outage: " + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("the broker was not back " + RESTART.toSeconds() + " s after the outage's end");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the broker to come back", e);
    }
  }

  @Override
  public void close() {
    awaitEnd();
  }
}
