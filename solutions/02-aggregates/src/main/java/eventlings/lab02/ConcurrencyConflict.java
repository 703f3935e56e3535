package eventlings.lab02;

public final class ConcurrencyConflict extends RuntimeException {

  private final String stream;
  private final long expectedVersion;
  private final long actualVersion;

  public ConcurrencyConflict(String stream, long expectedVersion, long actualVersion) {
    super("Stream " + stream + " is at version " + actualVersion + ", but the save expected version " + expectedVersion
        + ": the order was decided on a history that is not the stream's. Load it again, decide again, and retry.");
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
