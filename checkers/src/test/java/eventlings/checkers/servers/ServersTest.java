package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Where a server comes from when Docker is around: a container only when it starts. */
class ServersTest {

  private final List<String> said = new ArrayList<>();

  @Test
  @DisplayName("Docker answers but its container cannot start: the embedded server, and one line saying why")
  void a_container_that_does_not_start_gives_way_to_the_embedded_server() {
    Server chosen = Servers.containersElseEmbedded("Kafka", () -> true,
        () -> {
          throw new IllegalStateException("Could not pull image apache/kafka:4.4.0: no network\n  at ...");
        },
        () -> new Named("embedded"), said::add);

    assertThat(chosen.description()).isEqualTo("embedded");
    assertThat(said).containsExactly("eventlings: Docker answers, but the Kafka container did not start (Could not pull"
        + " image apache/kafka:4.4.0: no network): using the embedded one");
  }

  @Test
  @DisplayName("A container that starts is used; without Docker the container is not even tried")
  void a_container_that_starts_is_used_and_none_is_tried_without_docker() {
    assertThat(Servers.containersElseEmbedded("Kafka", () -> true, () -> new Named("container"), () -> new Named("embedded"),
        said::add).description()).isEqualTo("container");
    assertThat(Servers.containersElseEmbedded("Kafka", () -> false, () -> {
      throw new AssertionError("no Docker: no container may be started");
    }, () -> new Named("embedded"), said::add).description()).isEqualTo("embedded");
    assertThat(said).isEmpty();
  }

  private record Named(String description) implements Server {
    @Override
    public void close() {}
  }
}
