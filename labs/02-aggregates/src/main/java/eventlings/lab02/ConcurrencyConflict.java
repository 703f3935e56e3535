// Nothing to build here: what InMemoryEventStore.append throws when someone saved the stream first (step 6).
package eventlings.lab02;

public final class ConcurrencyConflict extends RuntimeException {

  private final String stream;
  private final long expectedVersion;
  private final long actualVersion;

  public ConcurrencyConflict(String stream, long expectedVersion, long actualVersion) {
    super("Stream " + stream + " is at version " + actualVersion + ", not " + expectedVersion
        + ": someone saved first. Load the order again, decide again, and retry.");
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
