// Nothing to build here: the in-memory event store of lab 01, now holding orders, ready to use. The repository
// of step 6 reads streams from it and appends to them at an expected version.
package eventlings.lab02;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryEventStore {

  private final Map<String, List<OrderEvent>> streams = new HashMap<>();

  // region append
  // Synchronized: checking the version and appending must be one step, or two writers both pass the check.
  public synchronized void append(String stream, long expectedVersion, List<OrderEvent> events) {
    List<OrderEvent> current = streams.computeIfAbsent(stream, name -> new ArrayList<>());
    if (current.size() != expectedVersion) {
      throw new ConcurrencyConflict(stream, expectedVersion, current.size());
    }
    current.addAll(events);
  }
  // endregion append

  public synchronized List<OrderEvent> read(String stream) {
    return List.copyOf(streams.getOrDefault(stream, List.of()));
  }
}
