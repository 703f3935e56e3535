// An event store in memory: streams of events, one per user, that only ever grow.
// Step 3: append and read. Step 4: refuse an append at any version but the stream's, with writers on several
// threads at once. Step 5: replay everything in append order.
package eventlings.lab01;

import java.util.List;
import java.util.function.Consumer;

public final class InMemoryEventStore {

  // TODO(step 3): keep the events of each stream.
  // TODO(step 5): keep every event of the store, too, in the order it was appended.

  public void append(String stream, long expectedVersion, List<UserEvent> events) {
    // TODO(step 3): add the events to the end of the stream.
    // TODO(step 4): first, refuse with a ConcurrencyConflict when the stream is not at expectedVersion.
    throw new UnsupportedOperationException("TODO(step 3): append the events to the stream");
  }

  public List<UserEvent> read(String stream) {
    // TODO(step 3): the stream's events in order, as they are now; none for a stream never written.
    throw new UnsupportedOperationException("TODO(step 3): read the stream");
  }

  public void replay(Consumer<RecordedEvent> subscriber) {
    // TODO(step 5): hand every event of every stream to the subscriber, in the order they were appended.
    throw new UnsupportedOperationException("TODO(step 5): replay the store");
  }
}
