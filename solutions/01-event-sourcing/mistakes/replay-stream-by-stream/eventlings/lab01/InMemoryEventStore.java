package eventlings.lab01;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public final class InMemoryEventStore {

  private final Map<String, List<UserEvent>> streams = new HashMap<>();

  public synchronized void append(String stream, long expectedVersion, List<UserEvent> events) {
    List<UserEvent> current = streams.computeIfAbsent(stream, name -> new ArrayList<>());
    if (current.size() != expectedVersion) {
      throw new ConcurrencyConflict(stream, expectedVersion, current.size());
    }
    current.addAll(events);
  }

  public synchronized List<UserEvent> read(String stream) {
    return List.copyOf(streams.getOrDefault(stream, List.of()));
  }

  public synchronized void replay(Consumer<RecordedEvent> subscriber) {
    long position = 0;
    for (Map.Entry<String, List<UserEvent>> stream : streams.entrySet()) {
      long version = 0;
      for (UserEvent event : stream.getValue()) {
        subscriber.accept(new RecordedEvent(++position, stream.getKey(), ++version, event));
      }
    }
  }
}
