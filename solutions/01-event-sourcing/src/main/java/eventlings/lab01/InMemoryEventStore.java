package eventlings.lab01;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public final class InMemoryEventStore {

  private final Map<String, List<UserEvent>> streams = new HashMap<>();
  private final List<RecordedEvent> log = new ArrayList<>();

  // region append
  // Synchronized: checking the version and appending must be one step, or two writers both pass the check.
  public synchronized void append(String stream, long expectedVersion, List<UserEvent> events) {
    List<UserEvent> current = streams.computeIfAbsent(stream, name -> new ArrayList<>());
    if (current.size() != expectedVersion) {
      throw new ConcurrencyConflict(stream, expectedVersion, current.size());
    }
    for (UserEvent event : events) {
      current.add(event);
      log.add(new RecordedEvent(log.size() + 1, stream, current.size(), event));
    }
  }
  // endregion append

  // region read
  public synchronized List<UserEvent> read(String stream) {
    return List.copyOf(streams.getOrDefault(stream, List.of()));
  }
  // endregion read

  // region replay
  public synchronized void replay(Consumer<RecordedEvent> subscriber) {
    // A copy, so a subscriber that appends while it replays does not pull the log from under the loop.
    List.copyOf(log).forEach(subscriber);
  }
  // endregion replay
}
