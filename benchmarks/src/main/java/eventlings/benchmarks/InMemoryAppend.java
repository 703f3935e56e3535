package eventlings.benchmarks;

import eventlings.benchmarks.SideBySide.Plan;
import eventlings.benchmarks.SideBySide.Result;
import eventlings.benchmarks.SideBySide.Variant;
import eventlings.lab01.InMemoryEventStore;
import eventlings.lab01.UserEvent;
import eventlings.lab01.UserEvent.EmailChanged;
import eventlings.lab01.UserEvent.NameChanged;
import eventlings.lab01.UserEvent.UserCreated;
import eventlings.lab01.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Lab 01: {@link InMemoryEventStore#append} of K events to a fresh stream, against adding the same K events to a
 * plain {@link ArrayList}. The difference is what the store does besides keeping the events: find or create the
 * stream, check the expected version under a lock, and record each event once more in the global log.
 */
final class InMemoryAppend {

  private static final Instant AT = Instant.parse("2025-03-03T12:00:00Z");
  // A round of a few milliseconds: long enough to time, and few enough streams for the store's map of streams
  // to stay in the CPU's caches, as the map of a store holding a few thousand streams would.
  private static final int EVENTS_PER_ROUND = 20_000;

  private InMemoryAppend() {}

  static Result compare(int eventsPerCall) throws Exception {
    List<UserEvent> events = userEvents(eventsPerCall);
    int calls = EVENTS_PER_ROUND / eventsPerCall;
    // A fresh store and list each round, made before the timing starts, so neither grows without bound.
    Variant store = new Variant("store", () -> {
      InMemoryEventStore fresh = new InMemoryEventStore();
      String[] streams = streamNames(calls);
      return index -> fresh.append(streams[index], 0, events);
    });
    Variant list = new Variant("ArrayList", () -> {
      List<UserEvent> fresh = new ArrayList<>();
      return index -> {
        for (UserEvent event : events) {
          fresh.add(event);
        }
      };
    });
    return SideBySide.compare("append " + Benchmarks.events(eventsPerCall), new Plan(20, 31, calls), store, list);
  }

  private static String[] streamNames(int count) {
    return IntStream.range(0, count).mapToObj(index -> "user-" + index).toArray(String[]::new);
  }

  private static List<UserEvent> userEvents(int count) {
    UserId user = new UserId("user-1");
    List<UserEvent> events = new ArrayList<>();
    events.add(new UserCreated(user, "Ada", "ada@example.com", AT));
    for (int index = 1; index < count; index++) {
      events.add(index % 2 == 1
          ? new NameChanged(user, "Ada " + index, AT.plusSeconds(index))
          : new EmailChanged(user, "ada" + index + "@example.com", AT.plusSeconds(index)));
    }
    return List.copyOf(events);
  }
}
