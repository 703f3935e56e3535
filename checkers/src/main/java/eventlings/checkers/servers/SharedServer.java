package eventlings.checkers.servers;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One server for the whole JVM, started on first use and closed when the JVM exits.
 *
 * <p>Not kept in JUnit's root extension context on purpose: {@code ./workshop} runs many JUnit sessions in one JVM,
 * each with its own root context, and starting a broker per session would cost seconds each time. The kit's
 * classes sit in a class loader shared by those sessions, so a static holder lives as long as the JVM.
 */
final class SharedServer<T extends Server> {

  private final String name;
  private final Supplier<T> starter;
  private final PrintStream out;
  private T server;
  private RuntimeException failure;

  /** A server started by {@code starter}, announced on {@code out} by one line saying which it is. */
  SharedServer(String name, Supplier<T> starter, PrintStream out) {
    this.name = name;
    this.starter = starter;
    this.out = out;
  }

  /**
   * The server, started again if its last start failed: for a JVM that serves many checks, where the learner may
   * fix the cause of a failure between two of them.
   */
  synchronized T getTryingAgain() {
    failure = null;
    return get();
  }

  /** The server, started on the first call; a server that failed to start fails every later call the same way. */
  synchronized T get() {
    if (server != null) {
      return server;
    }
    if (failure != null) {
      throw failure;
    }
    long begin = System.nanoTime();
    try {
      server = starter.get();
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } catch (ExceptionInInitializerError e) {
      // A library's static setup failed; what it threw is the reason, the wrapper says nothing.
      Throwable cause = e.getException() == null ? e : e.getException();
      failure = new IllegalStateException(name + " could not start: " + cause, cause);
      throw failure;
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    T started = server;
    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "eventlings-stop-" + name));
    out.printf(Locale.ROOT, "eventlings: %s = %s (%s in %.1f s)%n",
        name, started.description(), started.startedHere() ? "started" : "reached", seconds);
    out.flush();
    return started;
  }
}
