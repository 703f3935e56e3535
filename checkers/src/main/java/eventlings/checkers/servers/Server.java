package eventlings.checkers.servers;

/** A Kafka or PostgreSQL server the kit uses, however it was provided. */
public interface Server {

  /** Says which server this is and where, for the one line printed when it is first used. */
  String description();

  /** False for servers someone else runs: the kit only connected to them. */
  default boolean startedHere() {
    return true;
  }

  /** True when {@link #stop()} and {@link #start()} work: only for servers running inside this JVM's control. */
  default boolean canRestart() {
    return false;
  }

  /** Stops the server, keeping its port and data, so a test can watch the code under test survive the outage. */
  default void stop() {
    throw new UnsupportedOperationException(description() + " cannot be stopped by the tests");
  }

  /** Starts the server again after {@link #stop()}, on the same port with the same data. */
  default void start() {
    throw new UnsupportedOperationException(description() + " cannot be started by the tests");
  }

  /** Starts the server if a test stopped it and did not start it again, so the next test finds it running. */
  default void ensureRunning() {}

  /** Stops the server for good and removes what it left on disk. Called once, when the JVM exits. */
  void close();
}
