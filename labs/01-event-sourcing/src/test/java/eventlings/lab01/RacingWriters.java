package eventlings.lab01;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.AbstractList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Two writers who append to one stream at the same time, on two threads, with no sleep and no luck involved.
 *
 * <p>Each writer hands the store a list that holds its thread the first time the store reads an event from it,
 * until the other writer has either come as far, or is kept out of {@code append} by the store. A store that checks
 * the version and adds the events in one step keeps the second writer out while the first adds; a store that checks,
 * then adds, lets both writers pass the check before either has added anything.
 */
final class RacingWriters {

  private static final Duration AT_MOST = Duration.ofSeconds(5);
  private static final Set<Thread.State> HELD = EnumSet.of(Thread.State.BLOCKED, Thread.State.WAITING,
      Thread.State.TIMED_WAITING);

  /** What one writer's append came to: it appended, it was refused, or it failed some other way. */
  sealed interface Outcome {
    record Appended(List<UserEvent> events) implements Outcome {}

    record Refused(ConcurrencyConflict conflict) implements Outcome {}

    record Failed(Throwable failure) implements Outcome {}
  }

  private final CountDownLatch readingTheirEvents = new CountDownLatch(2);
  private final Writer first;
  private final Writer second;

  RacingWriters(InMemoryEventStore store, String stream, long expectedVersion, List<UserEvent> firstEvents,
      List<UserEvent> secondEvents) {
    first = new Writer(store, stream, expectedVersion, firstEvents);
    second = new Writer(store, stream, expectedVersion, secondEvents);
    first.other = second;
    second.other = first;
  }

  /** Runs both appends at once and says what each came to, the first writer's outcome first. */
  List<Outcome> race() throws InterruptedException {
    first.thread.start();
    second.thread.start();
    for (Writer writer : List.of(first, second)) {
      if (!writer.thread.join(AT_MOST)) {
        throw new AssertionError("a writer is still inside append after " + AT_MOST.toSeconds()
            + " s: does append wait for something that never comes?");
      }
    }
    return List.of(first.outcome.get(), second.outcome.get());
  }

  private final class Writer {
    private final Thread thread;
    private final AtomicReference<Outcome> outcome = new AtomicReference<>();
    private volatile boolean reading;
    private Writer other;

    Writer(InMemoryEventStore store, String stream, long expectedVersion, List<UserEvent> events) {
      List<UserEvent> held = new HeldList(events);
      thread = new Thread(() -> {
        try {
          store.append(stream, expectedVersion, held);
          outcome.set(new Outcome.Appended(events));
        } catch (ConcurrencyConflict conflict) {
          outcome.set(new Outcome.Refused(conflict));
        } catch (Throwable failure) {
          outcome.set(new Outcome.Failed(failure));
        }
      });
      thread.setDaemon(true);
    }

    /** Holds this writer until the other one reads its events too, or the store keeps it out of append. */
    private void holdOnFirstRead() {
      if (reading) {
        return;
      }
      reading = true;
      readingTheirEvents.countDown();
      await("the other writer to read its events, or to be kept out of append").atMost(AT_MOST)
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
          .until(() -> readingTheirEvents.getCount() == 0 || other.isKeptOutOfAppend());
    }

    private boolean isKeptOutOfAppend() {
      if (reading) {
        return false;
      }
      Thread.State state = thread.getState();
      if (state == Thread.State.TERMINATED) {
        return true;
      }
      return HELD.contains(state) && List.of(thread.getStackTrace()).stream()
          .anyMatch(frame -> frame.getClassName().equals(InMemoryEventStore.class.getName())
              && frame.getMethodName().equals("append"));
    }

    /** The writer's events, read through {@code get}: every way a store may read a list ends up there. */
    private final class HeldList extends AbstractList<UserEvent> {
      private final List<UserEvent> events;

      HeldList(List<UserEvent> events) {
        this.events = List.copyOf(events);
      }

      @Override
      public UserEvent get(int index) {
        holdOnFirstRead();
        return events.get(index);
      }

      @Override
      public int size() {
        return events.size();
      }
    }
  }
}
