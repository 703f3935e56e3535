package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {

  @TempDir
  Path home;

  @Test
  @DisplayName("External servers come from the EVENTLINGS variables; blank ones count as unset")
  void reads_the_variables() {
    Environment environment = new Environment(Map.of(
        "EVENTLINGS_KAFKA_BOOTSTRAP", " localhost:9092 ",
        "EVENTLINGS_JDBC_URL", "  ",
        "EVENTLINGS_JDBC_USER", "eventlings"), home);

    assertThat(environment.kafkaBootstrap()).contains("localhost:9092");
    assertThat(environment.jdbcUrl()).isEmpty();
    assertThat(environment.jdbcUser()).isEqualTo("eventlings");
    assertThat(environment.jdbcPassword()).isEmpty();
  }

  @Test
  @DisplayName("Without any sign of Docker, Testcontainers is not asked")
  void no_sign_of_docker() {
    assumeFalse(Files.exists(Path.of("/var/run/docker.sock")), "this machine has a Docker socket");

    assertThat(Docker.endpoint(Map.of(), home).isPresent()).isFalse();
  }

  @Test
  @DisplayName("DOCKER_HOST, a user's Docker socket or a Testcontainers config are signs of Docker")
  void signs_of_docker() throws IOException {
    assertThat(Docker.endpoint(Map.of("DOCKER_HOST", "tcp://docker:2375"), home).isPresent()).isTrue();

    Path socketHome = Files.createDirectories(home.resolve("a"));
    Files.createDirectories(socketHome.resolve(".docker/run"));
    Files.createFile(socketHome.resolve(".docker/run/docker.sock"));
    assertThat(Docker.endpoint(Map.of(), socketHome).isPresent()).isTrue();

    Path configHome = Files.createDirectories(home.resolve("b"));
    Files.createFile(configHome.resolve(".testcontainers.properties"));
    assertThat(Docker.endpoint(Map.of(), configHome).isPresent()).isTrue();
  }
}
