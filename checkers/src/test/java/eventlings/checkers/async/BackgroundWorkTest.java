package eventlings.checkers.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

  @Test
  @DisplayName("A wait ends as soon as the condition holds")
  void waits_for_a_condition() {
    AtomicInteger handled = new AtomicInteger();
    try (BackgroundWork loop = BackgroundWork.start("counter", () -> handled.incrementAndGet())) {
      loop.until(() -> handled.get() == 1);
    }
    assertThat(handled).hasValue(1);
  }

  @Test
  @DisplayName("An exception on the background thread fails the wait at once, as itself")
  void failure_fails_the_wait_at_once() {
    long begin = System.nanoTime();
    try (BackgroundWork loop = BackgroundWork.start("order consumer", () -> {
      throw new IllegalStateException("no handler for OrderPlaced");
    })) {
      assertThatThrownBy(() -> loop.until(() -> false))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("no handler for OrderPlaced");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  @DisplayName("A checked exception arrives wrapped in an AssertionError naming the work")
  void checked_failure_is_wrapped() {
    BackgroundWork loop = BackgroundWork.start("relay", () -> {
      throw new IOException("disk full");
    });
    // Closing before the work has thrown would make the exception part of stopping, not a failure.
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> !loop.isRunning());
    assertThatThrownBy(loop::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("relay failed")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  @DisplayName("Closing stops the work and waits for it")
  void close_stops_the_work() {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean ended = new AtomicBoolean();
    CountDownLatch started = new CountDownLatch(1);
    BackgroundWork loop = BackgroundWork.start("poller", () -> {
      started.countDown();
      while (running.get()) {
        Thread.onSpinWait();
      }
      ended.set(true);
    }, () -> running.set(false));
    loop.until(() -> started.getCount() == 0);

    loop.close();

    assertThat(ended).isTrue();
    assertThat(loop.isRunning()).isFalse();
  }

  @Test
  @DisplayName("An unmet condition fails with a message saying what was running")
  void timeout_says_what_ran() {
    CountDownLatch never = new CountDownLatch(1);
    try (BackgroundWork loop = BackgroundWork.start("projector", never::await)) {
      assertThatThrownBy(() -> loop.until(Duration.ofMillis(200), () -> false))
          .isInstanceOf(AssertionError.class)
          .hasMessage("The condition did not become true within 0.2 s while projector was running");
    }
  }
}
