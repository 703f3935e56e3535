package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineTest {

  @TempDir
  Path home;

  @Test
  void a_port_docker_compose_needs_is_named_when_something_holds_it() throws IOException {
    try (ServerSocket holder = holdIfFree(8080).orElse(null)) {
      Finding ports = new Machine(home, Map.of(), home).ports();

      assertThat(ports.ok()).isFalse();
      assertThat(ports.sentence()).contains("8080 (the Kafka UI)", "The embedded servers do not mind");
    }
  }

  @Test
  void with_external_servers_the_compose_ports_are_busy_on_purpose() {
    Machine machine = new Machine(home, Map.of("EVENTLINGS_KAFKA_BOOTSTRAP", "localhost:9092"), home);

    assertThat(machine.ports().ok()).isTrue();
  }

  @Test
  void a_password_in_the_jdbc_url_is_not_printed() {
    Machine machine = new Machine(home, Map.of("EVENTLINGS_JDBC_URL", "jdbc:postgresql://127.0.0.1:1/shop?password=s3cret"), home);

    assertThat(machine.postgres().sentence()).contains("password=***").doesNotContain("s3cret");
  }

  @Test
  void docker_compose_publishes_every_port_on_loopback_only() throws IOException {
    java.util.List<String> ports = java.nio.file.Files.readAllLines(
            eventlings.workshop.Repository.fromSystemProperty().root().resolve("docker-compose.yml")).stream()
        .map(String::strip)
        .filter(line -> line.matches("- \"?\\d.*:\\d+\"?"))
        .toList();

    assertThat(ports).isNotEmpty().allSatisfy(port -> assertThat(port).as("anyone on the wifi could reach it")
        .startsWith("- \"127.0.0.1:"));
  }

  // Another program may hold the port already, which serves the test just as well.
  private static Optional<ServerSocket> holdIfFree(int port) {
    try {
      return Optional.of(new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")));
    } catch (IOException alreadyHeld) {
      return Optional.empty();
    }
  }
}
