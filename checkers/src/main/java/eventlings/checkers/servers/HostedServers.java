package eventlings.checkers.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The servers a {@link ServerHost} keeps, as a child JVM sees them: reached, and restarted by asking the host. */
final class HostedServers {

  /** Starting a server on the host may take a first start's while: unpacking PostgreSQL, formatting Kafka. */
  private static final int ANSWER_WAIT_MILLIS = 120_000;

  private HostedServers() {}

  static KafkaServer kafka(String host) {
    List<String> fields = ask(host, "kafka");
    return new HostedKafka(host, Boolean.parseBoolean(fields.get(0)), fields.get(1), fields.get(2));
  }

  static PostgresServer postgres(String host) {
    List<String> fields = ask(host, "postgres");
    return new HostedPostgres(host, Boolean.parseBoolean(fields.get(0)), fields.get(1), fields.get(2), fields.get(3),
        fields.get(4));
  }

  /** Sends one request and returns the fields of its {@code ok}; an {@code error} becomes the exception. */
  static List<String> ask(String host, String request) {
    int colon = host.lastIndexOf(':');
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1))), 5_000);
      socket.setSoTimeout(ANSWER_WAIT_MILLIS);
      PrintStream out = new PrintStream(socket.getOutputStream(), true, StandardCharsets.UTF_8);
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      out.println(request);
      String answer = in.readLine();
      if (answer == null) {
        throw new IllegalStateException("the workshop gave no answer to '" + request + "'");
      }
      List<String> fields = List.of(answer.split("\t", -1));
      if (!fields.getFirst().equals("ok")) {
        throw new IllegalStateException(fields.size() > 1 ? fields.get(1) : answer);
      }
      return fields.subList(1, fields.size());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach the workshop's servers at " + host + ": " + e.getMessage(), e);
    }
  }

  private record HostedKafka(String host, boolean canRestart, String description, String bootstrapServers)
      implements KafkaServer {

    @Override
    public boolean startedHere() {
      return false;
    }

    @Override
    public void stop() {
      ask(host, "stop kafka");
    }

    @Override
    public void start() {
      ask(host, "start kafka");
    }

    @Override
    public void ensureRunning() {
      ask(host, "ensure kafka");
    }

    @Override
    public void close() {
      // The host keeps it for the next check.
    }
  }

  private record HostedPostgres(String host, boolean canRestart, String description, String jdbcUrl, String user,
      String password) implements PostgresServer {

    @Override
    public boolean startedHere() {
      return false;
    }

    @Override
    public void stop() {
      ask(host, "stop postgres");
    }

    @Override
    public void start() {
      ask(host, "start postgres");
    }

    @Override
    public void ensureRunning() {
      ask(host, "ensure postgres");
    }

    @Override
    public void close() {
      // The host keeps it for the next check.
    }
  }
}
