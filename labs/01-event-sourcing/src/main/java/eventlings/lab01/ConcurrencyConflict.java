// Nothing to build here: what InMemoryEventStore.append throws, from step 4, when a stream is not at the version
// its writer expected: someone else appended first, or the writer counted wrong.
package eventlings.lab01;

public final class ConcurrencyConflict extends RuntimeException {

  private final String stream;
  private final long expectedVersion;
  private final long actualVersion;

  public ConcurrencyConflict(String stream, long expectedVersion, long actualVersion) {
    super("Stream " + stream + " is at version " + actualVersion + ", not " + expectedVersion
        + ": the writer decided on a state the stream is not in. Read the stream again, decide again, and retry.");
    this.stream = stream;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String stream() {
    return stream;
  }

  public long expectedVersion() {
    return expectedVersion;
  }

  public long actualVersion() {
    return actualVersion;
  }
}
