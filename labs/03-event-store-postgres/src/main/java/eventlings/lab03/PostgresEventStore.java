// An event store on PostgreSQL: streams of events in one append-only table, every value through a
// PreparedStatement. Step 3: append, read a stream, read everything after a position.
// Step 4: refuse an append at a stale version.
package eventlings.lab03;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

public final class PostgresEventStore {

  private final DataSource dataSource;
  private final EventTypes types;
  private final Clock clock;

  public PostgresEventStore(DataSource dataSource, EventTypes types, Clock clock) {
    this.dataSource = dataSource;
    this.types = types;
    this.clock = clock;
  }

  public void append(String stream, long expectedVersion, List<OrderEvent> events) {
    // TODO(step 3): insert one row per event, at versions expectedVersion + 1, + 2, ..., in one transaction,
    //  with the time the clock says. The events as types.serialize makes them.
    // TODO(step 4): when PostgreSQL refuses a row because its stream_id and version are taken, or when the stream is
    //  not yet at expectedVersion, roll back and throw a ConcurrencyConflict saying which version it is really at.
    throw new UnsupportedOperationException("TODO(step 3): append the events to the stream");
  }

  public List<OrderEvent> read(String stream) {
    return read(stream, 0);
  }

  public List<OrderEvent> read(String stream, long afterVersion) {
    // TODO(step 3): the events of the stream with a version above afterVersion, in version order.
    throw new UnsupportedOperationException("TODO(step 3): read the stream");
  }

  public List<RecordedEvent> readAll(long afterPosition) {
    // TODO(step 3): every event of every stream with a position above afterPosition, in the order they went in.
    throw new UnsupportedOperationException("TODO(step 3): read all events after a position");
  }
}
