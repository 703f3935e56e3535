package eventlings.checkers.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Keeps this JVM's Kafka and PostgreSQL for the JVMs it starts: {@code ./workshop} runs each check in a JVM of its
 * own, which dies afterwards with whatever the learner's code left running, while the servers, slow to start, stay
 * up for the next check. A child JVM started with {@code -D}{@value #PROPERTY}{@code =host:port} asks this host for
 * its servers instead of starting its own, and forwards a goal's broker or database restarts here.
 *
 * <p>One line per request on a loopback socket, one line back: {@code kafka}, {@code postgres}, and
 * {@code stop|start|ensure kafka|postgres}; the answer is {@code ok} with tab-separated fields, or {@code error}
 * and a sentence. A server that failed to start is tried again at the next request: in {@code ./workshop watch} a
 * learner fixes the cause and saves, and the next check must not inherit the old failure.
 */
public final class ServerHost implements AutoCloseable {

  /** The system property naming the host, {@code 127.0.0.1:port}, in a JVM that should use it. */
  public static final String PROPERTY = "eventlings.serverHost";

  private final ServerSocket socket;
  private final Thread acceptor;
  private final java.util.concurrent.atomic.AtomicInteger answering = new java.util.concurrent.atomic.AtomicInteger();

  private ServerHost(ServerSocket socket) {
    this.socket = socket;
    this.acceptor = Thread.ofPlatform().daemon().name("eventlings-server-host").unstarted(this::accept);
  }

  /** Listens on a free loopback port; the servers themselves start on the first request for each. */
  public static ServerHost start() {
    try {
      ServerHost host = new ServerHost(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      host.acceptor.start();
      return host;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on loopback for the workshop's child JVMs", e);
    }
  }

  /** The value of {@value #PROPERTY} for a child JVM. */
  public String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** True while a request is being answered: a server may be starting, which can take a while. */
  public boolean busy() {
    return answering.get() > 0;
  }

  /** The {@code -D} option that makes a JVM use this host. */
  public String jvmOption() {
    return "-D" + PROPERTY + "=" + address();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread.ofPlatform().daemon().name("eventlings-server-host-request").start(() -> answer(client));
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        // One failed connection; the next request gets its own.
      }
    }
  }

  private void answer(Socket client) {
    try (client;
         BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
         PrintStream out = new PrintStream(client.getOutputStream(), true, StandardCharsets.UTF_8)) {
      String request = in.readLine();
      answering.incrementAndGet();
      try {
        out.println(request == null ? "error\tno request" : respond(request.strip()));
      } finally {
        answering.decrementAndGet();
      }
    } catch (IOException e) {
      // The child went away mid-request: it died, which is what child JVMs are for.
    }
  }

  static String respond(String request) {
    try {
      return switch (request) {
        case "kafka" -> {
          KafkaServer kafka = Servers.kafkaTryingAgain();
          yield ok(List.of(Boolean.toString(kafka.canRestart()), kafka.description(), kafka.bootstrapServers()));
        }
        case "postgres" -> {
          PostgresServer postgres = Servers.postgresTryingAgain();
          yield ok(List.of(Boolean.toString(postgres.canRestart()), postgres.description(), postgres.jdbcUrl(),
              postgres.user(), postgres.password()));
        }
        case "stop kafka" -> done(() -> Servers.kafka()::stop);
        case "start kafka" -> done(() -> Servers.kafka()::start);
        case "ensure kafka" -> done(() -> Servers.kafka()::ensureRunning);
        case "stop postgres" -> done(() -> Servers.postgres()::stop);
        case "start postgres" -> done(() -> Servers.postgres()::start);
        case "ensure postgres" -> done(() -> Servers.postgres()::ensureRunning);
        default -> "error\tunknown request: " + request;
      };
    } catch (RuntimeException | Error e) {
      return "error\t" + oneLine(String.valueOf(e.getMessage()));
    }
  }

  private static String done(Supplier<Runnable> action) {
    action.get().run();
    return "ok";
  }

  private static String ok(List<String> fields) {
    return "ok\t" + String.join("\t", fields.stream().map(ServerHost::oneLine).toList());
  }

  /** Fields travel tab-separated on one line. */
  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a listening socket loses nothing.
    }
  }
}
