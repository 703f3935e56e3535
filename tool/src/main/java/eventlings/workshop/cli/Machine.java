package eventlings.workshop.cli;

import eventlings.checkers.servers.Docker;
import eventlings.checkers.servers.Secrets;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;

/**
 * What {@code ./workshop doctor} looks at on this machine: the JDK, Docker, the network, the disk and the local
 * Maven repository. Every question is answered quickly and never throws: a machine without Docker or network
 * is a normal machine to work on.
 *
 * @param root the repository root
 * @param environment the environment variables
 * @param home the user's home folder
 */
record Machine(Path root, Map<String, String> environment, Path home) {

  static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(3);
  private static final long ENOUGH_DISK_BYTES = 2L * 1024 * 1024 * 1024;
  private static final Pattern JDBC_HOST = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?");

  static Machine current(Path root) {
    return new Machine(root, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  List<Finding> findings() {
    return List.of(jdk(), docker(), kafka(), postgres(), ports(), disk(), mavenCentral(), localRepository());
  }

  /** The ports docker-compose.yml publishes: Kafka, PostgreSQL and the Kafka UI. */
  static final Map<Integer, String> COMPOSE_PORTS = Map.of(9092, "Kafka", 5432, "PostgreSQL", 8080, "the Kafka UI");

  /**
   * The embedded servers take any free loopback port, so they only need loopback to work; docker compose wants
   * fixed ports, which another program may hold. When the labs already point at external servers, those ports
   * are busy on purpose.
   */
  Finding ports() {
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      probe.getLocalPort();
    } catch (IOException e) {
      return Finding.advice("Ports", "no free port on loopback (" + e.getMessage() + "): the embedded servers need one.");
    }
    if (environment.containsKey("EVENTLINGS_KAFKA_BOOTSTRAP") || environment.containsKey("EVENTLINGS_JDBC_URL")) {
      return Finding.ok("Ports", "loopback works for the embedded servers.");
    }
    List<String> taken = COMPOSE_PORTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .filter(port -> answers(new InetSocketAddress("127.0.0.1", port.getKey())))
        .map(port -> port.getKey() + " (" + port.getValue() + ")")
        .toList();
    return taken.isEmpty()
        ? Finding.ok("Ports", "loopback works, and 5432, 8080 and 9092 are free for docker compose.")
        : Finding.advice("Ports", "in use: " + String.join(", ", taken) + ". The embedded servers do not mind;"
            + " for docker compose, stop what holds them or change the left number of ports: in docker-compose.yml.");
  }

  Finding jdk() {
    Runtime.Version version = Runtime.version();
    String which = System.getProperty("java.vendor") + " " + version + " at " + System.getProperty("java.home");
    if (version.feature() < 21) {
      return Finding.advice("JDK", which + " is too old: install a JDK 21 or newer and point JAVA_HOME at it.");
    }
    if (ToolProvider.getSystemJavaCompiler() == null) {
      return Finding.advice("JDK", which + " is a runtime without javac: install a full JDK 21 or newer.");
    }
    return Finding.ok("JDK", which + ".");
  }

  /** The kit's own detection: what doctor says is what the goals will do. */
  Finding docker() {
    return dockerEndpoint()
        .map(where -> Finding.ok("Docker", Docker.report(where)))
        .orElseGet(() -> Finding.ok("Docker", "not found, and not needed: the labs run Kafka and PostgreSQL"
            + " in-process."));
  }

  Finding kafka() {
    return external("Kafka", "EVENTLINGS_KAFKA_BOOTSTRAP", bootstrap -> hostAndPort(bootstrap.split(",")[0], 9092),
        "an embedded Kafka broker, started inside the test JVM from jars on Maven Central");
  }

  Finding postgres() {
    return external("PostgreSQL", "EVENTLINGS_JDBC_URL", this::jdbcHostAndPort,
        "an embedded PostgreSQL, whose binaries come from Maven Central");
  }

  Finding disk() {
    try {
      long free = Files.getFileStore(root).getUsableSpace();
      String amount = String.format("%.1f GB free", free / 1e9);
      return free >= ENOUGH_DISK_BYTES
          ? Finding.ok("Disk", amount + " where the workshop lives.")
          : Finding.advice("Disk", amount + ": free at least 2 GB for the libraries, Kafka and PostgreSQL.");
    } catch (IOException e) {
      return Finding.advice("Disk", "could not tell how much space is free (" + e.getMessage() + ").");
    }
  }

  Finding mavenCentral() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(NETWORK_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("https://repo.maven.apache.org/maven2/"))
        .timeout(NETWORK_TIMEOUT).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status < 500
          ? Finding.ok("Maven Central", "answers.")
          : Finding.advice("Maven Central", "answers with HTTP " + status + ": try again later, or work from what"
              + " ~/.m2 already holds.");
    } catch (IOException e) {
      return Finding.advice("Maven Central", "does not answer within " + NETWORK_TIMEOUT.toSeconds() + " s: you can"
          + " work offline once ./workshop doctor --offline-prep has run on a good network.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Finding.advice("Maven Central", "the check was interrupted.");
    }
  }

  /**
   * This JVM's class path is the workshop's, which holds every library a lab uses: the JVM skips a missing jar
   * silently, so each is looked for. The test runner {@code mvn test} needs is fetched on its first run.
   */
  Finding localRepository() {
    List<String> libraries = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(entry -> entry.endsWith(".jar"))
        .toList();
    long missing = libraries.stream().filter(jar -> !Files.isRegularFile(Path.of(jar))).count();
    if (missing > 0) {
      return Finding.advice("Dependencies", missing + " of " + libraries.size() + " libraries are missing:"
          + " ./workshop doctor --offline-prep fetches them.");
    }
    boolean testRunner = Files.isDirectory(home.resolve(".m2/repository/org/apache/maven/surefire/surefire-junit-platform"));
    return testRunner
        ? Finding.ok("Dependencies", "all " + libraries.size() + " libraries and Maven's test runner are on this machine.")
        : Finding.advice("Dependencies", "all " + libraries.size() + " libraries are here, but not yet the test runner"
            + " of mvn test: ./workshop doctor --offline-prep fetches it.");
  }

  private Finding external(String topic, String variable, Function<String, Optional<InetSocketAddress>> address,
      String embedded) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      String used = dockerEndpoint().isPresent()
          ? "a Testcontainers container while Docker answers, otherwise " + embedded
          : embedded;
      return Finding.ok(topic, "the labs use " + used + " (set " + variable + " to use your own).");
    }
    Optional<InetSocketAddress> server = address.apply(value);
    String shown = Secrets.masked(value);
    if (server.isEmpty()) {
      return Finding.advice(topic, variable + "=" + shown + " is not an address the workshop understands.");
    }
    return answers(server.get())
        ? Finding.ok(topic, "the labs use the server at " + shown + " (from " + variable + "), which answers.")
        : Finding.advice(topic, variable + " points at " + shown + ", which does not answer: start it (e.g. docker"
            + " compose up -d) or unset " + variable + " to use the embedded one.");
  }

  private Optional<InetSocketAddress> jdbcHostAndPort(String url) {
    Matcher matcher = JDBC_HOST.matcher(url);
    if (!matcher.find()) {
      return Optional.empty();
    }
    int port = matcher.group(2) == null ? 5432 : Integer.parseInt(matcher.group(2));
    return Optional.of(InetSocketAddress.createUnresolved(matcher.group(1), port));
  }

  private static Optional<InetSocketAddress> hostAndPort(String server, int defaultPort) {
    String trimmed = server.strip();
    int colon = trimmed.lastIndexOf(':');
    if (colon < 0) {
      return Optional.of(InetSocketAddress.createUnresolved(trimmed, defaultPort));
    }
    try {
      return Optional.of(InetSocketAddress.createUnresolved(trimmed.substring(0, colon),
          Integer.parseInt(trimmed.substring(colon + 1))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean answers(InetSocketAddress server) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(server.getHostString(), server.getPort()), (int) NETWORK_TIMEOUT.toMillis());
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Where a Docker engine would answer, found as the kit finds it. */
  Optional<String> dockerEndpoint() {
    return Docker.endpoint(environment, home);
  }
}
