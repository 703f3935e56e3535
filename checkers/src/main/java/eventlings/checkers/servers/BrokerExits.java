package eventlings.checkers.servers;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.utils.internals.Exit;

/**
 * Keeps the embedded broker from ending the JVM it shares with the goals. A Kafka broker halts its process when its
 * log folder fails (a full disk, a folder deleted under it) or its controller gives up: right for a server of its
 * own, wrong inside a test run, where it would kill the learner's check without a word. Here such an exit stops
 * only the broker's thread, and is remembered, so the kit can say why the broker is gone.
 */
final class BrokerExits {

  private static final AtomicReference<String> LAST = new AtomicReference<>();

  private BrokerExits() {}

  /** From now on, Kafka's exit and halt throw instead of ending the JVM. */
  static void keepTheJvm() {
    Exit.setExitProcedure(BrokerExits::refuse);
    Exit.setHaltProcedure(BrokerExits::refuse);
  }

  /** Why the broker last tried to end the JVM, if it did. */
  static Optional<String> last() {
    return Optional.ofNullable(LAST.get());
  }

  private static void refuse(int statusCode, String message) {
    String why = "the embedded Kafka broker tried to end the JVM (status " + statusCode + ")"
        + (message == null ? "" : ": " + message);
    LAST.set(why);
    throw new IllegalStateException(why + "; the goals go on without it");
  }
}
